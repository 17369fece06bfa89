import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "zod"
import { parseInput } from "../../../../utils/parse-input"
import { payOrderWorkflow } from "../../../../../workflows/credit/pay-order"
import { payableOrder } from "../../../../../workflows/credit/lib/order-payment"
import { callerDealer } from "../../../caller"
import { ownOrder } from "../../dealer-order"
import { orderDetail } from "../../present"

const Body = z.object({ method: z.enum(["on_account", "prepaid"]) })

/** POST /store/dealer-orders/:id/pay: pay an approved order on account (账期) or from the prepaid balance (预存款). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { method } = parseInput(Body, req.body)
  const { dealerId, customerId } = await callerDealer(req)
  const { order, review } = await ownOrder(req.scope, dealerId, req.params.id)
  const { payment_id, total } = await payableOrder(req.scope, order, review)
  await payOrderWorkflow(req.scope).run({ input: { dealer_id: dealerId, order_id: order.id, total, method, customer_id: customerId, payment_id } })
  const fresh = await ownOrder(req.scope, dealerId, order.id)
  res.json({ order: await orderDetail(req.scope, fresh.order, fresh.review, fresh.review?.decisions ?? []) })
}
