import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "zod"
import { parseInput } from "../../../../utils/parse-input"
import { SHIPMENT_STATES } from "../../../../../modules/logistics/states"
import { recordTrackingWorkflow } from "../../../../../workflows/logistics/record-tracking"
import { adminShipment } from "../route"

const Body = z.object({
  occurred_at: z.string().datetime({ offset: true }).optional(),
  location: z.string().trim().max(100).optional().nullable(),
  description: z.string().trim().min(1).max(500),
  state: z.enum(SHIPMENT_STATES).optional().nullable(),
  estimated_arrival: z.string().datetime({ offset: true }).optional().nullable(),
})

/** POST /admin/shipments/:id/events: staff record what happened (own delivery, or a phone call with the carrier). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseInput(Body, req.body)
  await recordTrackingWorkflow(req.scope).run({
    input: {
      shipment_id: req.params.id,
      source: "staff",
      actor_id: req.auth_context?.actor_id ?? null,
      estimated_arrival: body.estimated_arrival ? new Date(body.estimated_arrival) : null,
      events: [{ occurred_at: body.occurred_at ? new Date(body.occurred_at) : new Date(), location: body.location ?? null, description: body.description, state: body.state ?? null }],
    },
  })
  res.status(201).json({ shipment: await adminShipment(req) })
}
