import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { requestLocale } from "../../../utils/locale"
import { logisticsError } from "../../../../modules/logistics/messages"
import { localeOf, presentShipments } from "../../../../workflows/logistics/lib/order-shipments"

/** GET /admin/shipments/:id: one package with its timeline and receipt. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ shipment: await adminShipment(req) })
}

export async function adminShipment(req: AuthenticatedMedusaRequest) {
  const [first] = await presentShipments(req.scope, { id: req.params.id }, localeOf(requestLocale(req)))
  if (!first) throw logisticsError("shipment_not_found", {}, MedusaError.Types.NOT_FOUND)
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["display_id"], filters: { id: first.order_id } })
  return { ...first, display_id: data[0]?.display_id ?? null }
}
