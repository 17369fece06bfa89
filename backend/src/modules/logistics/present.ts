import { STATE_LABELS, type ShipmentState } from "./states"

const iso = (d: unknown) => (d ? new Date(d as any).toISOString() : null)

/** A shipment as staff and dealers read it: events newest first, the receipt if any. */
export function presentShipment(s: any, receipt: any | null, locale: "zh" | "en" = "zh", display_id?: number | null) {
  const events = [...(s.events ?? [])]
    .sort((a, b) => +new Date(b.occurred_at) - +new Date(a.occurred_at))
    .map((e: any) => ({ id: e.id, occurred_at: iso(e.occurred_at), location: e.location ?? null, description: e.description, state: e.state ?? null, source: e.source }))
  return {
    id: s.id,
    order_id: s.order_id,
    display_id: display_id ?? null,
    fulfillment_id: s.fulfillment_id,
    dealer_id: s.dealer_id ?? null,
    carrier_code: s.carrier_code,
    carrier_name: s.carrier_name,
    tracking_number: s.tracking_number,
    tracking_url: s.tracking_url ?? null,
    state: s.state,
    state_label: STATE_LABELS[s.state as ShipmentState]?.[locale] ?? s.state,
    estimated_arrival: iso(s.estimated_arrival),
    shipped_at: iso(s.shipped_at),
    delivered_at: iso(s.delivered_at),
    last_event_at: iso(s.last_event_at),
    items: s.items ?? [],
    events,
    receipt: receipt
      ? { id: receipt.id, confirmed_at: iso(receipt.created_at), auto: receipt.auto, discrepancy: receipt.discrepancy, lines: receipt.lines, case_id: receipt.case_id ?? null }
      : null,
  }
}
