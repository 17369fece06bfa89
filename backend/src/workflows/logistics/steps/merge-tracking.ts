import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOGISTICS_MODULE } from "../../../modules/logistics"
import type LogisticsModuleService from "../../../modules/logistics/service"
import { logisticsError } from "../../../modules/logistics/messages"
import { mergeTracking, type IncomingEvent } from "../../../modules/logistics/tracking-merge"
import type { ShipmentState } from "../../../modules/logistics/states"
import { MedusaError } from "@medusajs/framework/utils"

export type TrackingInput = {
  shipment_id: string
  events: IncomingEvent[]
  estimated_arrival?: Date | null
  source: "provider" | "staff"
  actor_id?: string | null
}

type Before = { id: string; state: ShipmentState; last_event_at: Date | null; delivered_at: Date | null; estimated_arrival: Date | null }

/** Adds the events not seen before and moves the shipment to its newest event's state. */
export const mergeTrackingStep = createStep(
  "merge-shipment-tracking",
  async (input: TrackingInput, { container }) => {
    const logistics = container.resolve<LogisticsModuleService>(LOGISTICS_MODULE)
    const [shipment] = await logistics.listShipments({ id: input.shipment_id }, { relations: ["events"] })
    if (!shipment) throw logisticsError("shipment_not_found", {}, MedusaError.Types.NOT_FOUND)
    const known = (shipment.events ?? []).map((e: any) => ({ fingerprint: e.fingerprint, occurred_at: e.occurred_at, state: e.state }))
    const merged = mergeTracking(known, input.events, shipment.state as ShipmentState)
    const before: Before = {
      id: shipment.id,
      state: shipment.state as ShipmentState,
      last_event_at: shipment.last_event_at as any,
      delivered_at: shipment.delivered_at as any,
      estimated_arrival: shipment.estimated_arrival as any,
    }
    const created: { id: string }[] = merged.fresh.length
      ? await logistics.createTrackingEvents(
          merged.fresh.map((e) => ({
            shipment_id: shipment.id,
            occurred_at: e.occurred_at,
            location: e.location ?? null,
            description: e.description,
            state: e.state ?? null,
            source: input.source,
            actor_id: input.actor_id ?? null,
            fingerprint: e.fingerprint,
          })) as any
        ) as any
      : []
    const deliveredEvent = merged.state === "delivered" && before.state !== "delivered"
    await logistics.updateShipments({
      id: shipment.id,
      state: merged.state,
      last_event_at: merged.last_event_at,
      delivered_at: merged.state === "delivered" ? before.delivered_at ?? merged.delivered_at ?? new Date() : before.delivered_at,
      estimated_arrival: input.estimated_arrival ? new Date(input.estimated_arrival) : before.estimated_arrival,
    })
    return new StepResponse(
      {
        shipment_id: shipment.id,
        order_id: shipment.order_id,
        fulfillment_id: shipment.fulfillment_id,
        from: before.state,
        to: merged.state,
        added: created.length,
        became_delivered: deliveredEvent,
      },
      { before, created: created.map((c: any) => c.id) }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const logistics = container.resolve<LogisticsModuleService>(LOGISTICS_MODULE)
    if (undo.created.length) await logistics.deleteTrackingEvents(undo.created)
    await logistics.updateShipments(undo.before)
  }
)
