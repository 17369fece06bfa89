import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEALER_MODULE } from "../../../modules/dealer"
import type DealerModuleService from "../../../modules/dealer/service"
import { STATUS_FIELDS, withStatusFacts } from "./order-status-facts"

export const ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "customer_id",
  "email",
  "currency_code",
  "created_at",
  "metadata",
  "total",
  "subtotal",
  "item_total",
  "original_item_total",
  "shipping_total",
  "discount_total",
  "tax_total",
  "region_id",
  "sales_channel_id",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.variant_id",
  "items.variant_sku",
  "items.thumbnail",
  "items.unit_price",
  "items.quantity",
  "items.total",
  "items.original_total",
  "items.detail.quantity",
  "shipping_address.*",
  "shipping_methods.name",
  "shipping_methods.amount",
  ...STATUS_FIELDS,
]

/** An order with what reviews and dealers need, its lines' quantities read from their detail rows. */
export async function loadOrder(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderId } })
  if (!data[0]) return null
  const order: any = withStatusFacts(data[0] as any)
  order.items = (order.items ?? []).map((i: any) => ({ ...i, quantity: Number(i.detail?.quantity ?? i.quantity) }))
  return order
}

/** The dealer whose member placed the order. */
export async function dealerOfCustomer(container: MedusaContainer, customerId: string | null | undefined) {
  if (!customerId) return null
  const member = await container.resolve<DealerModuleService>(DEALER_MODULE).retrieveMembership(customerId)
  return member?.dealer ?? null
}
