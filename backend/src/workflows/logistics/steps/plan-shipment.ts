import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { LOGISTICS_MODULE } from "../../../modules/logistics"
import type LogisticsModuleService from "../../../modules/logistics/service"
import { carrierOf, isValidTrackingNumber, normalizeTrackingNumber, trackingUrl } from "../../../modules/logistics/carriers"
import { logisticsError } from "../../../modules/logistics/messages"
import { warehouseOrder } from "../lib/warehouse-order"

export type ShipInput = {
  order_id: string
  carrier_code: string
  carrier_name?: string | null
  tracking_number: string
  estimated_arrival?: string | null
  items?: { line_item_id: string; quantity: number }[] | null
  actor_id?: string | null
}

export type ShipmentPlan = {
  order_id: string
  dealer_id: string | null
  display_id: number
  items: { line_item_id: string; quantity: number; title: string; variant_title: string | null; sku: string | null }[]
  carrier_code: string
  carrier_name: string
  tracking_number: string
  tracking_url: string | null
  estimated_arrival: Date | null
}

const INVALID = MedusaError.Types.INVALID_DATA

/** Checks a package before anything is written: the order may ship, the quantities are left, the number fits the carrier and is new. */
export async function planShipment(container: MedusaContainer, input: ShipInput): Promise<ShipmentPlan> {
  const w = await warehouseOrder(container, input.order_id)
  if (!w) throw logisticsError("order_not_ready", { display_id: "?" }, MedusaError.Types.NOT_FOUND)
  const display_id = w.order.display_id
  if (!w.ready) throw logisticsError("order_not_ready", { display_id })
  const carrier = carrierOf(input.carrier_code)
  if (!carrier) throw logisticsError("carrier_unknown", { carrier: input.carrier_code }, INVALID)
  const carrierName = carrier.code === "custom" ? input.carrier_name?.trim() : carrier.name
  if (!carrierName) throw logisticsError("carrier_name_required", {}, INVALID)
  const number = normalizeTrackingNumber(input.tracking_number)
  if (!isValidTrackingNumber(carrier, number)) {
    throw logisticsError("tracking_number_invalid", { carrier: carrier.name, carrier_en: carrier.name_en, example: carrier.example }, INVALID)
  }
  const [used] = await container.resolve<LogisticsModuleService>(LOGISTICS_MODULE).listShipments({ carrier_code: carrier.code, tracking_number: number })
  if (used) {
    const other = used.order_id === w.order.id ? display_id : (await warehouseOrder(container, used.order_id))?.order.display_id ?? "?"
    throw logisticsError("tracking_number_in_use", { tracking_number: number, display_id: other })
  }
  const wanted = input.items?.length ? input.items : w.lines.filter((l) => l.remaining > 0).map((l) => ({ line_item_id: l.id, quantity: l.remaining }))
  if (!wanted.length) throw logisticsError("nothing_to_ship", { display_id })
  const items = wanted.map((it) => {
    const line = w.lines.find((l) => l.id === it.line_item_id)
    if (!line) throw logisticsError("line_not_found", {}, INVALID)
    if (it.quantity > line.remaining) throw logisticsError("quantity_exceeds_remaining", { title: line.title, remaining: line.remaining }, INVALID)
    return { line_item_id: line.id, quantity: it.quantity, title: line.title, variant_title: line.variant_title, sku: line.sku }
  })
  const eta = input.estimated_arrival ? new Date(input.estimated_arrival) : null
  const plan: ShipmentPlan = {
    order_id: w.order.id,
    dealer_id: w.dealer_id,
    display_id,
    items: items.filter((i) => i.quantity > 0),
    carrier_code: carrier.code,
    carrier_name: carrierName,
    tracking_number: number,
    tracking_url: trackingUrl(carrier, number),
    estimated_arrival: eta,
  }
  if (!plan.items.length) throw logisticsError("nothing_to_ship", { display_id })
  return plan
}

export const planShipmentStep = createStep("plan-dealer-shipment", async (input: ShipInput, { container }) => new StepResponse(await planShipment(container, input)))
