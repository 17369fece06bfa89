import { presentShipments } from "../../../workflows/logistics/lib/order-shipments"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CANCELLABLE_BY_DEALER, statusOfOrder } from "../../../modules/order-review/dealer-status"
import { paymentView } from "./payment-view"

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v))

export const statusOf = statusOfOrder

export function orderSummary(order: any, review: any | null) {
  return {
    id: order.id,
    display_id: order.display_id,
    created_at: order.created_at,
    status: statusOf(order, review),
    total: num(order.total),
    currency_code: order.currency_code,
    items_count: (order.items ?? []).length,
    po_number: order.metadata?.po_number ?? null,
    first_item_title: order.items?.[0] ? [order.items[0].product_title, order.items[0].variant_title].filter(Boolean).join(" ") : null,
  }
}

/** Staff's order edit waiting for the dealer, as lines old → new, from the order module's preview. */
export async function pendingChange(container: MedusaContainer, order: any, review: any | null) {
  if (review?.status !== "changes_requested") return null
  const orders = container.resolve(Modules.ORDER)
  const [change] = await orders.listOrderChanges({ order_id: order.id, status: ["requested"] } as any, { take: 1 })
  if (!change) return null
  const preview: any = await orders.previewOrderChange(order.id)
  const before = new Map((order.items ?? []).map((i: any) => [i.id, i]))
  const lines = (preview.items ?? [])
    .map((i: any) => {
      const old: any = before.get(i.id)
      const newQty = Number(i.detail?.quantity ?? i.quantity)
      return {
        title: [i.product_title, i.variant_title].filter(Boolean).join(" ") || i.title,
        sku: i.variant_sku ?? null,
        old_quantity: old ? Number(old.quantity) : 0,
        new_quantity: newQty,
        unit_price: num(i.unit_price),
      }
    })
    .filter((l: any) => l.old_quantity !== l.new_quantity)
  return {
    id: change.id,
    created_at: change.created_at,
    message: review.change_message ?? null,
    old_total: num(order.total),
    new_total: num(preview.total ?? preview.summary?.current_order_total),
    lines,
  }
}

export async function orderDetail(container: MedusaContainer, order: any, review: any | null, decisions: any[]) {
  const status = statusOf(order, review)
  const a = order.shipping_address ?? null
  return {
    ...orderSummary(order, review),
    // Goods before any coupon; the coupon is discount_total (item_total already has it taken off).
    subtotal: num(order.original_item_total ?? order.item_total),
    shipping_total: num(order.shipping_total),
    discount_total: num(order.discount_total),
    tax_total: num(order.tax_total),
    delivery_note: order.metadata?.delivery_note ?? null,
    shipments: await presentShipments(container, { order_id: order.id }, "zh", { [order.id]: order.display_id }),
    shipping_address: a && {
      contact_name: [a.last_name, a.first_name].filter(Boolean).join("") || null,
      phone: a.phone ?? null,
      province: a.province ?? null,
      city: a.city ?? null,
      address: a.address_1 ?? null,
      postal_code: a.postal_code ?? null,
      company: a.company ?? null,
    },
    shipping_method: order.shipping_methods?.[0] ? { name: order.shipping_methods[0].name, amount: num(order.shipping_methods[0].amount) } : null,
    items: (order.items ?? []).map((i: any) => ({
      id: i.id,
      title: [i.product_title, i.variant_title].filter(Boolean).join(" ") || i.title,
      sku: i.variant_sku ?? null,
      thumbnail: i.thumbnail ?? null,
      quantity: Number(i.quantity),
      unit_price: num(i.unit_price),
      total: num(i.original_total ?? i.total),
    })),
    timeline: [...decisions]
      .sort((x, y) => +new Date(x.created_at) - +new Date(y.created_at))
      .map((d) => ({ at: d.created_at, action: d.action, actor_type: d.actor_type, stage_name: d.stage_name ?? null, note: d.reason ?? null })),
    review: review && {
      status: review.status,
      stage_name: review.stage_name ?? null,
      reason: review.reason ?? null,
      change_message: review.change_message ?? null,
    },
    pending_change: await pendingChange(container, order, review),
    payment: await paymentView(container, order.id, status),
    can_cancel: CANCELLABLE_BY_DEALER.includes(status),
  }
}
