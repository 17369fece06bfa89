import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestableLines } from "../../../../../workflows/after-sales/lib/requestable-lines"
import { callerDealer } from "../../../caller"
import { ownOrder } from "../../dealer-order"

/** GET /store/dealer-orders/:id/after-sales-lines: what of the order can still be returned, exchanged or repaired. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { dealerId } = await callerDealer(req)
  const { order } = await ownOrder(req.scope, dealerId, req.params.id)
  const lines = await requestableLines(req.scope, order.id)
  res.json({ lines: lines.map(({ unit_price, ...l }) => ({ ...l, unit_price })) })
}
