import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { dealerNotifications, send, staffNotifications } from "../lib/notifications"
import { AFTER_SALES_MODULE } from "../modules/after-sales"
import type AfterSalesModuleService from "../modules/after-sales/service"
import { KIND_LABELS } from "../modules/after-sales/messages"
import { CASE_NOTICES } from "../modules/after-sales/notices"
import { DEALER_MODULE } from "../modules/dealer"
import type DealerModuleService from "../modules/dealer/service"
import { loadOrder } from "../workflows/order-review/lib/order-facts"

/** A new request → staff (e-mail); accepted, rejected, completed → the dealer (e-mail + SMS). */
export default async function afterSalesNotices({ event, container }: SubscriberArgs<{ id: string }>) {
  const kind = event.name.replace(/^after_sales\./, "")
  const notice = CASE_NOTICES[kind]
  const [c] = await container.resolve<AfterSalesModuleService>(AFTER_SALES_MODULE).listAfterSalesCases({ id: event.data.id })
  if (!notice || !c?.dealer_id) return
  const [dealer] = await container.resolve<DealerModuleService>(DEALER_MODULE).listDealers({ id: c.dealer_id })
  const order = await loadOrder(container, c.order_id)
  if (!dealer || !order) return
  const refund = c.refund_amount != null && Number(c.refund_amount) > 0 ? `¥${Number(c.refund_amount).toFixed(2)}` : null
  const facts = { company_name: dealer.company_name, display_id: order.display_id, kind: KIND_LABELS[c.kind].zh, reason: kind === "requested" ? c.reason : c.decision_reason, refund }
  const data = { subject: notice.subject(facts), text: notice.body(facts), case_id: c.id, order_id: order.id, dealer_id: dealer.id }
  const base = { template: `after-sales-${kind}`, data, trigger_type: event.name, resource_id: c.id, resource_type: "after_sales_case" }
  const key = `${event.name}:${c.id}`
  const notifications =
    notice.to === "staff" ? await staffNotifications(container, base, key) : dealerNotifications(base, key, [order.email, dealer.email], dealer.mobile)
  await send(container, notifications)
}

export const config: SubscriberConfig = { event: Object.keys(CASE_NOTICES).map((k) => `after_sales.${k}`) }
