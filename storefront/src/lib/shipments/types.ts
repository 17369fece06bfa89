// Shapes of the dealer's shipment routes (backend/docs/logistics-api.md, "Shipment object").

export const SHIPMENT_STATES = ["pending", "in_transit", "out_for_delivery", "delivered", "exception", "returned"] as const
export type ShipmentState = (typeof SHIPMENT_STATES)[number]
export const isShipmentState = (s: unknown): s is ShipmentState => (SHIPMENT_STATES as readonly unknown[]).includes(s)

export const ISSUES = ["short", "damaged", "wrong_item"] as const
export type Issue = (typeof ISSUES)[number]
export const isIssue = (s: unknown): s is Issue => (ISSUES as readonly unknown[]).includes(s)

/** Carriers the backend knows; the storefront names them in the page's language. */
export const CARRIER_CODES = ["sf", "jd", "zto", "yto", "sto", "yunda", "ems", "deppon", "jt", "own", "custom"] as const
export type CarrierCode = (typeof CARRIER_CODES)[number]
export const isCarrierCode = (s: unknown): s is CarrierCode => (CARRIER_CODES as readonly unknown[]).includes(s)

export type ShipmentItem = {
  line_item_id: string
  title: string
  variant_title: string | null
  sku: string | null
  quantity: number
}

export type TrackingEvent = {
  id: string
  occurred_at: string
  location: string | null
  description: string
  state: ShipmentState | null
  source: "provider" | "staff"
}

export type ReceiptLine = {
  line_item_id: string
  expected: number
  received: number
  issue: Issue | null
  note: string | null
  /** Private file ids: counted here, shown only in the admin. */
  photos: string[]
}

export type Receipt = {
  confirmed_at: string
  auto: boolean
  lines: ReceiptLine[]
  discrepancy: boolean
  case_id: string | null
}

export type Shipment = {
  id: string
  order_id: string
  display_id: number
  carrier_code: string
  carrier_name: string
  tracking_number: string
  tracking_url: string | null
  state: ShipmentState
  state_label: string
  estimated_arrival: string | null
  shipped_at: string
  delivered_at: string | null
  last_event_at: string | null
  items: ShipmentItem[]
  /** Newest first, as the backend sends them. */
  events: TrackingEvent[]
  receipt: Receipt | null
}
