import { getLastFulfillmentStatus, getLastPaymentStatus } from "@medusajs/medusa/core-flows"

/** Fields core needs to aggregate an order's payment and fulfilment status (query.graph does not compute them). */
export const STATUS_FIELDS = [
  "currency_code",
  "payment_collections.status",
  "payment_collections.amount",
  "payment_collections.captured_amount",
  "payment_collections.refunded_amount",
  "fulfillments.packed_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
]

/** The order with `payment_status` and `fulfillment_status` filled in the way core's order routes compute them. */
export function withStatusFacts<T extends Record<string, any>>(order: T): T & { payment_status: string; fulfillment_status: string } {
  const facts = { ...order, payment_collections: order.payment_collections ?? [], fulfillments: order.fulfillments ?? [] }
  return { ...order, payment_status: getLastPaymentStatus(facts as any), fulfillment_status: getLastFulfillmentStatus(facts as any) }
}
