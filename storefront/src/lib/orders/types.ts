// Shapes of the dealer order routes (docs/order-review-api.md, "Store"). Amounts
// are major units (元), tax-inclusive, as the backend sends them.

/** The one status a dealer sees, derived on the backend (order-review/dealer-status.ts). */
export const ORDER_STATUSES = [
  "submitted",
  "in_review",
  "changes_requested",
  "rejected",
  "awaiting_payment",
  "paid",
  "processing",
  "partially_shipped",
  "shipped",
  "delivered",
  "received",
  "completed",
  "cancelled",
] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]

export const isOrderStatus = (s: unknown): s is OrderStatus => (ORDER_STATUSES as readonly unknown[]).includes(s)

export type OrderSummary = {
  id: string
  display_id: number
  created_at: string
  status: OrderStatus
  total: number | null
  currency_code: string
  items_count: number
  po_number: string | null
  first_item_title: string | null
}

export type OrderPage = { orders: OrderSummary[]; count: number; offset: number; limit: number }

export type ActorType = "dealer" | "staff" | "system"

export type TimelineEntry = {
  at: string
  /** A review decision (submitted, approve, reject …) or, for later stages, a status. */
  action?: string | null
  status?: string | null
  actor_type: ActorType
  stage_name?: string | null
  note: string | null
}

export type PendingChange = {
  id: string
  created_at: string
  message: string | null
  old_total: number | null
  new_total: number | null
  lines: { title: string; sku: string | null; old_quantity: number; new_quantity: number; unit_price: number | null }[]
}

export type OrderAddress = {
  contact_name: string | null
  phone: string | null
  province: string | null
  city: string | null
  address: string | null
  postal_code: string | null
  company: string | null
}

export type OrderItem = {
  id: string
  title: string
  sku: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number | null
  total: number | null
}

export type OrderDetail = OrderSummary & {
  subtotal: number | null
  shipping_total: number | null
  discount_total: number | null
  tax_total: number | null
  delivery_note: string | null
  shipping_address: OrderAddress | null
  shipping_method: { name: string; amount: number | null } | null
  items: OrderItem[]
  timeline: TimelineEntry[]
  review: { status: string; stage_name: string | null; reason: string | null; change_message: string | null } | null
  pending_change: PendingChange | null
  can_cancel: boolean
}

/** POST /store/orders/:id/reorder (docs/wholesale-api.md). */
export type ReorderReport = {
  cart_id: string
  added: { sku: string; title: string; quantity: number; old_unit_price: number | null; new_unit_price: number | null; price_changed: boolean }[]
  unavailable: { sku: string; title: string; quantity: number; code: string; message: string }[]
}
