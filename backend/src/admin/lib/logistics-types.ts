// Shapes of the fulfilment and logistics API (backend/docs/logistics-api.md).

export const WAREHOUSE_STAGES = ["to_pick", "to_pack", "to_ship", "shipped"] as const
export type WarehouseStage = (typeof WAREHOUSE_STAGES)[number]

export const SHIPMENT_STATES = ["pending", "in_transit", "out_for_delivery", "delivered", "exception", "returned"] as const
export type ShipmentState = (typeof SHIPMENT_STATES)[number]

export type Carrier = {
  code: string
  name: string
  name_en: string
  /** RegExp source without flags; numbers are trimmed and upper-cased before testing. */
  pattern: string
  example: string
  tracking_url_template: string | null
}

export type Address = {
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  country_code?: string | null
  phone?: string | null
  /** The storefront's address form keeps the district (区) here. */
  metadata?: { district?: string | null } | null
}

export type DealerRef = { id: string; company_name: string }

export type TrackingEvent = {
  id: string
  occurred_at: string
  location: string | null
  description: string
  state: ShipmentState | null
  source: "provider" | "staff"
}

export type ShipmentItem = {
  line_item_id: string
  title: string
  variant_title: string | null
  sku: string | null
  quantity: number
}

export type ReceiptLine = {
  line_item_id: string
  expected: number
  received: number
  issue: "short" | "damaged" | "wrong_item" | null
  note: string | null
}

export type Shipment = {
  id: string
  order_id: string
  display_id: number | null
  /** Not in the contract's shipment object; shown when the list route adds it. */
  dealer?: DealerRef | null
  carrier_code: string
  carrier_name: string
  tracking_number: string
  tracking_url: string | null
  state: ShipmentState
  state_label?: string
  estimated_arrival: string | null
  shipped_at: string | null
  delivered_at: string | null
  last_event_at: string | null
  items: ShipmentItem[]
  /** Newest first. */
  events?: TrackingEvent[]
  receipt: { confirmed_at: string; auto: boolean; lines: ReceiptLine[]; discrepancy: boolean; case_id: string | null } | null
}

export type WarehouseOrder = {
  id: string
  display_id: number
  dealer: DealerRef | null
  created_at: string
  paid: boolean
  payment_method: string | null
  stage: WarehouseStage
  picked_at: string | null
  packed_at: string | null
  item_count: number
  remaining_count: number
  shipping_address: Address | null
  shipments: Shipment[]
}

export type WarehouseListParams = { stage: WarehouseStage; q?: string; limit: number; offset: number }

export type PickLine = {
  line_item_id: string
  sku: string | null
  title: string
  variant_title: string | null
  quantity: number
  remaining: number
}

export type PickList = {
  order: { id: string; display_id: number; dealer: DealerRef | null; shipping_address: Address | null; note: string | null; po_number?: string | null }
  locations: { location: { id: string; name: string } | null; lines: PickLine[] }[]
}

export type ShipmentInput = {
  carrier_code: string
  carrier_name?: string
  tracking_number: string
  estimated_arrival?: string
  items?: { line_item_id: string; quantity: number }[]
}

export type ImportRow = { row: number; order: string; ok: boolean; code?: string; message?: string; shipment_id?: string }
export type ImportReport = { rows: ImportRow[]; created: number }

export type ShipmentListParams = { state?: ShipmentState; carrier_code?: string; order_id?: string; q?: string; limit: number; offset: number }

export type EventInput = { occurred_at?: string; location?: string; description: string; state?: ShipmentState }

export type LogisticsSettings = { auto_receipt_days: number }
