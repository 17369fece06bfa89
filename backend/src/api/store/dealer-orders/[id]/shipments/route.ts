import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestLocale } from "../../../../utils/locale"
import { localeOf, presentShipments } from "../../../../../workflows/logistics/lib/order-shipments"
import { callerDealer } from "../../../caller"
import { ownOrder } from "../../dealer-order"

/** GET /store/dealer-orders/:id/shipments: the packages of one of the dealer's orders with their timelines. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { dealerId } = await callerDealer(req)
  const { order } = await ownOrder(req.scope, dealerId, req.params.id)
  res.json({ shipments: await presentShipments(req.scope, { order_id: order.id }, localeOf(requestLocale(req)), { [order.id]: order.display_id }) })
}
