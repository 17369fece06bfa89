import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { dealerNotifications, send, staffNotifications } from "../lib/notifications"
import { DEALER_MODULE } from "../modules/dealer"
import type DealerModuleService from "../modules/dealer/service"
import { ORDER_REVIEW_MODULE } from "../modules/order-review"
import type OrderReviewModuleService from "../modules/order-review/service"
import { REVIEW_NOTICES } from "../modules/order-review/notices"
import { loadOrder } from "../workflows/order-review/lib/order-facts"

/**
 * Order submitted → the staff; approved, rejected, changes requested → the
 * dealer (the member who ordered and the company's e-mail, and an SMS to the
 * company's mobile), through the Notification module.
 */
export default async function orderReviewNotices({ event, container }: SubscriberArgs<{ id: string }>) {
  const kind = event.name.replace(/^order_review\./, "")
  const notice = REVIEW_NOTICES[kind]
  if (!notice) return
  const [review] = await container.resolve<OrderReviewModuleService>(ORDER_REVIEW_MODULE).listOrderReviews({ order_id: event.data.id })
  const order = await loadOrder(container, event.data.id)
  if (!review || !order || !review.dealer_id) return
  const [dealer] = await container.resolve<DealerModuleService>(DEALER_MODULE).listDealers({ id: review.dealer_id })
  if (!dealer) return
  const facts = {
    company_name: dealer.company_name,
    display_id: order.display_id,
    total: `¥${Number(order.total).toLocaleString("zh-CN", { maximumFractionDigits: 2 })}`,
    reason: review.reason ?? review.change_message ?? null,
  }
  const data = { subject: notice.subject(facts), text: notice.body(facts), order_id: order.id, dealer_id: dealer.id }
  const base = { template: `order-${kind}`, data, trigger_type: event.name, resource_id: order.id, resource_type: "order" }
  const key = `${event.name}:${order.id}:${review.updated_at?.toISOString?.() ?? ""}`
  const notifications =
    notice.to === "staff" ? await staffNotifications(container, base, key) : dealerNotifications(base, key, [order.email, dealer.email], dealer.mobile)
  await send(container, notifications)
}

export const config: SubscriberConfig = {
  event: Object.keys(REVIEW_NOTICES).map((k) => `order_review.${k}`),
}
