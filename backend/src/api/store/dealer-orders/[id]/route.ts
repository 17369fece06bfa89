import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { callerDealer } from "../../caller"
import { ownOrder } from "../dealer-order"
import { orderDetail } from "../present"

/** GET /store/dealer-orders/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { dealerId } = await callerDealer(req)
  const { order, review } = await ownOrder(req.scope, dealerId, req.params.id)
  res.json({ order: await orderDetail(req.scope, order, review, review?.decisions ?? []) })
}
