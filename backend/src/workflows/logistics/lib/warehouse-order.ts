import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ORDER_REVIEW_MODULE } from "../../../modules/order-review"
import type OrderReviewModuleService from "../../../modules/order-review/service"
import { STATUS_FIELDS, withStatusFacts } from "../../order-review/lib/order-status-facts"

export const WAREHOUSE_FIELDS = [
  "id",
  "display_id",
  "status",
  "customer_id",
  "email",
  "created_at",
  "metadata",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.variant_sku",
  "items.variant_id",
  "items.quantity",
  "items.detail.quantity",
  "items.detail.fulfilled_quantity",
  "items.detail.shipped_quantity",
  "shipping_address.*",
  ...STATUS_FIELDS,
]

export type WarehouseLine = { id: string; title: string; variant_title: string | null; sku: string | null; variant_id: string | null; quantity: number; fulfilled: number; remaining: number }

/**
 * An order as the warehouse sees it: its lines with what is left to ship, and
 * whether it may be fulfilled at all — approved by review and paid, or
 * approved and to be paid on account (账期: goods go before the money).
 */
export async function warehouseOrder(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: WAREHOUSE_FIELDS, filters: { id: orderId } })
  if (!data[0]) return null
  const [review] = await container.resolve<OrderReviewModuleService>(ORDER_REVIEW_MODULE).listOrderReviews({ order_id: orderId })
  return describeWarehouseOrder(data[0], review ?? null)
}

/** The warehouse's reading of an order fetched with WAREHOUSE_FIELDS, and its review. */
export function describeWarehouseOrder(raw: any, review: { status: string; dealer_id?: string | null } | null) {
  const order: any = withStatusFacts(raw)
  const lines: WarehouseLine[] = (order.items ?? []).map((i: any) => {
    const quantity = Number(i.detail?.quantity ?? i.quantity)
    const fulfilled = Number(i.detail?.fulfilled_quantity ?? 0)
    return { id: i.id, title: i.product_title ?? i.title, variant_title: i.variant_title ?? null, sku: i.variant_sku ?? null, variant_id: i.variant_id ?? null, quantity, fulfilled, remaining: Math.max(0, quantity - fulfilled) }
  })
  const paid = order.payment_status === "captured" || order.payment_status === "partially_refunded"
  const onAccount = order.metadata?.payment_method === "on_account"
  const approved = !review || review.status === "approved"
  const ready = order.status !== "canceled" && order.status !== "draft" && approved && (paid || onAccount)
  return { order, review, lines, paid, onAccount, ready, dealer_id: review?.dealer_id ?? null }
}

export type WarehouseOrder = NonNullable<Awaited<ReturnType<typeof warehouseOrder>>>
