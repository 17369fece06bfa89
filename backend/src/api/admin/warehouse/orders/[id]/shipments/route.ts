import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "zod"
import { parseInput } from "../../../../../utils/parse-input"
import { requestLocale } from "../../../../../utils/locale"
import { shipOrderWorkflow } from "../../../../../../workflows/logistics/ship-order"
import { localeOf, presentShipments } from "../../../../../../workflows/logistics/lib/order-shipments"
import { trackingProvider } from "../../../../../../modules/logistics/providers"

export const ShipBody = z.object({
  carrier_code: z.string().trim().min(1).max(40),
  carrier_name: z.string().trim().max(60).optional().nullable(),
  tracking_number: z.string().trim().min(1).max(60),
  estimated_arrival: z.string().datetime({ offset: true }).or(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).optional().nullable(),
  items: z.array(z.object({ line_item_id: z.string().min(1), quantity: z.number().int().min(0).max(1_000_000) })).max(500).optional(),
})

/** POST /admin/warehouse/orders/:id/shipments: ship a package (all that remains, or the given lines). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseInput(ShipBody, req.body)
  const { result } = await shipOrderWorkflow(req.scope).run({
    input: { ...body, order_id: req.params.id, actor_id: req.auth_context?.actor_id ?? null, provider: trackingProvider()?.id ?? "manual" },
  })
  const [shipment] = await presentShipments(req.scope, { id: result.id }, localeOf(requestLocale(req)))
  res.status(201).json({ shipment })
}
