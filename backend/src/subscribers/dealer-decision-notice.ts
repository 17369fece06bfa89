import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { DEALER_MODULE } from "../modules/dealer"
import type DealerModuleService from "../modules/dealer/service"
import { DEALER_NOTICES } from "../modules/dealer/notices"

/** Tells the applicant about each review decision by e-mail and SMS. */
export default async function dealerDecisionNotice({ event, container }: SubscriberArgs<{ id: string }>) {
  const kind = event.name.replace(/^dealer\./, "")
  const notice = DEALER_NOTICES[kind]
  if (!notice) return
  const dealers = container.resolve<DealerModuleService>(DEALER_MODULE)
  const [dealer] = await dealers.listDealers({ id: event.data.id })
  if (!dealer) return
  const note = dealer.review_note
  const text = notice.body({ company_name: dealer.company_name, note })
  const data = { subject: notice.subject, text, dealer_id: dealer.id, status: dealer.status, note }
  await container.resolve(Modules.NOTIFICATION).createNotifications([
    { to: dealer.email, channel: "email", template: `dealer-${kind}`, data, trigger_type: event.name, resource_id: dealer.id, resource_type: "dealer", idempotency_key: `${event.name}:${dealer.id}:${dealer.updated_at?.toISOString?.() ?? ""}:email` },
    { to: dealer.mobile, channel: "sms", template: `dealer-${kind}`, data, trigger_type: event.name, resource_id: dealer.id, resource_type: "dealer", idempotency_key: `${event.name}:${dealer.id}:${dealer.updated_at?.toISOString?.() ?? ""}:sms` },
  ])
}

export const config: SubscriberConfig = {
  event: Object.keys(DEALER_NOTICES).map((k) => `dealer.${k}`),
}
