import type { MedusaContainer } from "@medusajs/framework/types"
import { LOGISTICS_MODULE } from "../../../modules/logistics"
import type LogisticsModuleService from "../../../modules/logistics/service"
import type { TrackingProvider } from "../../../modules/logistics/providers/types"
import { recordTrackingWorkflow } from "../record-tracking"

const DAY = 24 * 60 * 60 * 1000

/** Asks the provider about every package still on its way (shipped in the last 30 days); one failure does not stop the rest. */
export async function pollTracking(container: MedusaContainer, provider: TrackingProvider, now = new Date()) {
  const logistics = container.resolve<LogisticsModuleService>(LOGISTICS_MODULE)
  const open = await logistics.listShipments(
    { state: ["pending", "in_transit", "out_for_delivery", "exception"], shipped_at: { $gte: new Date(now.getTime() - 30 * DAY) } } as any,
    { take: 500, order: { last_event_at: "ASC" } }
  )
  let updated = 0
  for (const s of open) {
    try {
      const update = await provider.query({ carrier_code: s.carrier_code, tracking_number: s.tracking_number })
      if (!update?.events.length) continue
      const { result } = await recordTrackingWorkflow(container).run({
        input: { shipment_id: s.id, events: update.events, estimated_arrival: update.estimated_arrival ?? null, source: "provider" },
      })
      if (result.added) updated++
    } catch (e: any) {
      container.resolve("logger").warn(`tracking poll failed for ${s.tracking_number}: ${e?.message}`)
    }
  }
  return { checked: open.length, updated }
}
