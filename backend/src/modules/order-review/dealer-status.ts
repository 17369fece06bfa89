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

/** The status names people read, for server-side messages (the storefront and admin have their own copies). */
export const DEALER_STATUS_LABELS: Record<DealerOrderStatus, { zh: string; en: string }> = {
  submitted: { zh: "已提交", en: "submitted" },
  in_review: { zh: "审核中", en: "in review" },
  changes_requested: { zh: "待确认修改", en: "waiting for your confirmation" },
  rejected: { zh: "已驳回", en: "rejected" },
  awaiting_payment: { zh: "待付款", en: "awaiting payment" },
  paid: { zh: "已付款", en: "paid" },
  processing: { zh: "备货中", en: "processing" },
  partially_shipped: { zh: "部分发货", en: "partially shipped" },
  shipped: { zh: "已发货", en: "shipped" },
  delivered: { zh: "已送达", en: "delivered" },
  received: { zh: "已收货", en: "received" },
  completed: { zh: "已完成", en: "completed" },
  cancelled: { zh: "已取消", en: "cancelled" },
}

/** The status of an order record (with payment and fulfillment status) and its review record. */
export function statusOfOrder(order: any, review: { status: ReviewStatus } | null | undefined): DealerOrderStatus {
  return dealerOrderStatus({
    order_status: order.status,
    payment_status: order.payment_status,
    fulfillment_status: order.fulfillment_status,
    review_status: review?.status ?? null,
  })
}
