import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { z } from "zod"
import { parseInput } from "../../utils/parse-input"
import { dealerOrderActionWorkflow } from "../../../workflows/order-review/dealer-order-action"
import type { DealerAction } from "../../../workflows/order-review/steps/dealer-review-action"
import { callerDealer } from "../caller"
import { ownOrder } from "./dealer-order"
import { orderDetail } from "./present"

const Body = z.object({ reason: z.string().trim().max(500).optional() })

/** The dealer's answer to its order's review (withdraw, confirm or decline changes), then the order as it now is. */
export function dealerActionRoute(action: DealerAction) {
  return async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
    const body = parseInput(Body, req.body)
    const { dealerId, customerId } = await callerDealer(req)
    const { order } = await ownOrder(req.scope, dealerId, req.params.id)
    const [change] = await req.scope
      .resolve(Modules.ORDER)
      .listOrderChanges({ order_id: order.id, status: ["requested"] } as any, { take: 1 })
    await dealerOrderActionWorkflow(req.scope).run({
      input: { order_id: order.id, action, customer_id: customerId, reason: body.reason ?? null, has_pending_change: !!change },
    })
    const fresh = await ownOrder(req.scope, dealerId, order.id)
    res.json({ order: await orderDetail(req.scope, fresh.order, fresh.review, fresh.review?.decisions ?? []) })
  }
}
