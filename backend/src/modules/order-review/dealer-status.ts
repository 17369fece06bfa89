import type { ReviewStatus } from "./models/order-review"

export const DEALER_ORDER_STATUSES = [
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
export type DealerOrderStatus = (typeof DEALER_ORDER_STATUSES)[number]

export type StatusFacts = {
  /** Medusa order status: pending | completed | canceled | archived | requires_action | draft */
  order_status: string
  /** Medusa payment status of the order (not_paid, authorized, captured, partially_captured, …). */
  payment_status?: string | null
  /** Medusa fulfillment status (not_fulfilled, fulfilled, shipped, partially_shipped, delivered, …). */
  fulfillment_status?: string | null
  review_status?: ReviewStatus | null
  /** Set when the dealer confirmed receipt of every package (logistics, later). */
  received?: boolean
}

/**
 * The one status a person sees for an order, from the order, its review, its
 * payment and its fulfilments. Storefront and admin both show this code.
 */
export function dealerOrderStatus(f: StatusFacts): DealerOrderStatus {
  if (f.order_status === "canceled") return f.review_status === "rejected" ? "rejected" : "cancelled"
  if (!f.review_status) return "submitted"
  if (f.review_status === "rejected") return "rejected"
  if (f.review_status === "cancelled") return "cancelled"
  if (f.review_status === "pending") return "in_review"
  if (f.review_status === "changes_requested") return "changes_requested"
  if (f.order_status === "completed") return "completed"
  if (f.received) return "received"
  switch (f.fulfillment_status) {
    case "delivered":
      return "delivered"
    case "partially_delivered":
    case "shipped":
      return "shipped"
    case "partially_shipped":
      return "partially_shipped"
    case "fulfilled":
    case "partially_fulfilled":
      return "processing"
  }
  const paid = f.payment_status === "captured" || f.payment_status === "partially_refunded" || f.payment_status === "refunded"
  return paid ? "paid" : "awaiting_payment"
}

/** Statuses in which the dealer may still withdraw the order. */
export const CANCELLABLE_BY_DEALER: DealerOrderStatus[] = ["in_review", "changes_requested", "submitted"]
