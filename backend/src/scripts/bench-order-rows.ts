import { generateEntityId } from "@medusajs/framework/utils"

/**
 * Rows of the order module's and the fulfilment module's tables for one bench past order, shaped exactly as
 * `orderModuleService.createOrders` and `fulfillmentModuleService.createFulfillment` write them (checked
 * against orders they made; bench-orders.ts reads a few back through Query to check the totals). Inserting
 * rows is ~50× faster than the services, which build each order one by one through the ORM.
 */

export type OrderLine = {
  variant_id: string
  product_id: string
  title: string
  subtitle: string
  thumbnail: string | null
  product_handle: string
  sku: string
  quantity: number
  unit_price: number
}
export type OrderFacts = {
  region_id: string
  sales_channel_id: string
  shipping_option_id: string
  location_id: string
  customer_id: string
  email: string
  status: "pending" | "completed" | "canceled"
  metadata: Record<string, unknown>
  address: { company: string; first_name: string; phone: string; province: string; city: string; address_1: string; district: string }
  lines: OrderLine[]
  shipping: { name: string; amount: number }
  total: number
  created_at: Date
  updated_at: Date
  canceled_at: Date | null
  paid: boolean
  fulfilment: null | { packed_at: Date; shipped_at: Date; delivered_at: Date | null }
}

export type Rows = Record<string, Record<string, unknown>[]>

const raw = (n: number) => JSON.stringify({ value: String(n), precision: 20 })
const id = (prefix: string) => generateEntityId(undefined, prefix)
const VAT = { description: "增值税", code: "VAT", rate: 13, raw_rate: raw(13), provider_id: "tp_system" }

function summary(total: number, paid: boolean) {
  const paidTotal = paid ? total : 0
  const t: Record<string, unknown> = {
    paid_total: paidTotal,
    refunded_total: 0,
    accounting_total: total,
    credit_line_total: 0,
    transaction_total: paidTotal,
    pending_difference: total - paidTotal,
    current_order_total: total,
    original_order_total: total,
  }
  for (const [k, v] of Object.entries({ ...t })) t[`raw_${k}`] = { value: String(v), precision: 20 }
  return JSON.stringify(t)
}

/** Adds one order's rows to `rows` (table → rows) and answers the order's id and its line items' ids. */
export function addOrderRows(rows: Rows, o: OrderFacts) {
  const push = (table: string, row: Record<string, unknown>) => (rows[table] ??= []).push(row)
  const at = { created_at: o.created_at, updated_at: o.created_at }
  const orderId = id("order")
  const addressId = id("ordaddr")
  const a = o.address
  const address = { company: a.company, first_name: a.first_name, last_name: "", address_1: a.address_1, city: a.city, country_code: "cn", province: a.province, phone: a.phone, metadata: JSON.stringify({ district: a.district }) }
  push("order_address", { id: addressId, ...address, ...at })
  push("order", {
    id: orderId,
    region_id: o.region_id,
    customer_id: o.customer_id,
    version: 1,
    sales_channel_id: o.sales_channel_id,
    status: o.status,
    is_draft_order: false,
    email: o.email,
    currency_code: "cny",
    shipping_address_id: addressId,
    no_notification: false,
    metadata: JSON.stringify(o.metadata),
    created_at: o.created_at,
    updated_at: o.updated_at,
    canceled_at: o.canceled_at,
  })
  push("order_summary", { id: id("ordsum"), order_id: orderId, version: 1, totals: summary(o.total, o.paid), ...at })

  const shipped = !!o.fulfilment
  const delivered = !!o.fulfilment?.delivered_at
  const lineIds: string[] = []
  for (const l of o.lines) {
    const itemId = id("ordli")
    lineIds.push(itemId)
    push("order_line_item", {
      id: itemId,
      title: l.title,
      subtitle: l.subtitle,
      thumbnail: l.thumbnail,
      variant_id: l.variant_id,
      product_id: l.product_id,
      product_title: l.title,
      product_handle: l.product_handle,
      variant_sku: l.sku,
      variant_title: l.subtitle,
      requires_shipping: true,
      is_discountable: true,
      is_tax_inclusive: true,
      unit_price: l.unit_price,
      raw_unit_price: raw(l.unit_price),
      is_custom_price: false,
      is_giftcard: false,
      ...at,
    })
    push("order_line_item_tax_line", { id: id("ordlitxl"), item_id: itemId, ...VAT, ...at })
    const q = (on: boolean) => (on ? l.quantity : 0)
    push("order_item", {
      id: id("orditem"),
      order_id: orderId,
      version: 1,
      item_id: itemId,
      quantity: l.quantity,
      raw_quantity: raw(l.quantity),
      fulfilled_quantity: q(shipped),
      raw_fulfilled_quantity: raw(q(shipped)),
      shipped_quantity: q(shipped),
      raw_shipped_quantity: raw(q(shipped)),
      delivered_quantity: q(delivered),
      raw_delivered_quantity: raw(q(delivered)),
      return_requested_quantity: 0,
      raw_return_requested_quantity: raw(0),
      return_received_quantity: 0,
      raw_return_received_quantity: raw(0),
      return_dismissed_quantity: 0,
      raw_return_dismissed_quantity: raw(0),
      written_off_quantity: 0,
      raw_written_off_quantity: raw(0),
      ...at,
    })
  }

  const methodId = id("ordsm")
  push("order_shipping_method", {
    id: methodId,
    name: o.shipping.name,
    amount: o.shipping.amount,
    raw_amount: raw(o.shipping.amount),
    is_tax_inclusive: true,
    shipping_option_id: o.shipping_option_id,
    data: JSON.stringify({}),
    is_custom_amount: false,
    ...at,
  })
  push("order_shipping_method_tax_line", { id: id("ordsmtxl"), shipping_method_id: methodId, ...VAT, ...at })
  push("order_shipping", { id: id("ordspmv"), order_id: orderId, version: 1, shipping_method_id: methodId, ...at })
  if (o.paid) {
    push("order_transaction", { id: id("ordtrx"), order_id: orderId, version: 1, amount: o.total, raw_amount: raw(o.total), currency_code: "cny", reference: "capture", ...at })
  }

  let fulfillmentId: string | null = null
  if (o.fulfilment) {
    const f = o.fulfilment
    const fat = { created_at: f.shipped_at, updated_at: f.delivered_at ?? f.shipped_at }
    const deliveryId = id("fuladdr")
    fulfillmentId = id("ful")
    push("fulfillment_address", { id: deliveryId, ...address, ...fat })
    push("fulfillment", {
      id: fulfillmentId,
      location_id: o.location_id,
      packed_at: f.packed_at,
      shipped_at: f.shipped_at,
      delivered_at: f.delivered_at,
      data: JSON.stringify({}),
      provider_id: "manual_manual",
      shipping_option_id: o.shipping_option_id,
      delivery_address_id: deliveryId,
      requires_shipping: true,
      ...fat,
    })
    o.lines.forEach((l, i) =>
      push("fulfillment_item", { id: id("fulit"), title: l.title, sku: l.sku, barcode: "", quantity: l.quantity, raw_quantity: raw(l.quantity), line_item_id: lineIds[i], fulfillment_id: fulfillmentId, ...fat })
    )
  }
  return { orderId, fulfillmentId }
}

/** Parents before children, as the foreign keys want them. */
export const TABLE_ORDER = [
  "order_address",
  "order",
  "order_summary",
  "order_line_item",
  "order_line_item_tax_line",
  "order_item",
  "order_shipping_method",
  "order_shipping_method_tax_line",
  "order_shipping",
  "order_transaction",
  "fulfillment_address",
  "fulfillment",
  "fulfillment_item",
]
