import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CREDIT_MODULE } from "../../../modules/credit"
import type CreditModuleService from "../../../modules/credit/service"
import { openItems } from "../../../modules/credit/balances"
import { dueNotice, dueNoticeText, shanghaiDay } from "../../../modules/credit/due-notices"
import { DEALER_MODULE } from "../../../modules/dealer"
import type DealerModuleService from "../../../modules/dealer/service"

export type DueNoticeRun = { day: string; dealers: { dealer_id: string; kind: string; amount: number }[] }

/**
 * Reminds dealers of on-account debt falling due or overdue (e-mail + SMS) and
 * gives finance staff one overdue summary. Idempotency keys carry the Shanghai
 * day, so running twice in a day (a retry, two workers) sends nothing twice.
 */
export async function sendDueNotices(container: MedusaContainer, now = new Date()): Promise<DueNoticeRun> {
  const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
  const dealers = container.resolve<DealerModuleService>(DEALER_MODULE)
  const day = shanghaiDay(now)
  const accounts = await credit.listCreditAccounts({}, { take: null })
  const run: DueNoticeRun = { day, dealers: [] }
  const notifications: Record<string, unknown>[] = []
  for (const account of accounts) {
    const entries = await credit.listCreditEntries({ account_id: account.id }, { order: { created_at: "ASC" }, take: null })
    const notice = dueNotice(openItems(entries as any, now), now)
    if (!notice) continue
    const [dealer] = await dealers.listDealers({ id: account.dealer_id })
    if (!dealer || dealer.status !== "approved") continue
    const { subject, text } = dueNoticeText(dealer.company_name, notice)
    const key = `credit-${notice.kind}:${account.id}:${day}`
    const base = {
      template: `credit-${notice.kind}`,
      data: { subject, text, dealer_id: dealer.id, amount: notice.amount, due_at: notice.earliest_due_at },
      trigger_type: "credit.due_notice",
      resource_id: account.id,
      resource_type: "credit_account",
    }
    if (dealer.email) notifications.push({ ...base, to: dealer.email, channel: "email", idempotency_key: `${key}:email` })
    if (dealer.mobile) notifications.push({ ...base, to: dealer.mobile, channel: "sms", idempotency_key: `${key}:sms` })
    run.dealers.push({ dealer_id: dealer.id, kind: notice.kind, amount: notice.amount })
  }
  const overdue = run.dealers.filter((d) => d.kind === "overdue")
  if (overdue.length) {
    const total = Math.round(overdue.reduce((s, d) => s + d.amount, 0) * 100) / 100
    const subject = `逾期账款提醒：${overdue.length} 家经销商共 ¥${total.toLocaleString("zh-CN", { minimumFractionDigits: 2 })}`
    const text = `${subject}。请在管理后台「信用账户」的逾期列表中跟进。`
    const users = await container.resolve(Modules.USER).listUsers({}, { take: 50 })
    for (const u of users) {
      notifications.push({
        to: u.email,
        channel: "email",
        template: "credit-overdue-summary",
        data: { subject, text, dealers: overdue },
        trigger_type: "credit.due_notice",
        idempotency_key: `credit-overdue-summary:${day}:${u.id}`,
      })
    }
  }
  if (notifications.length) await container.resolve(Modules.NOTIFICATION).createNotifications(notifications as any)
  return run
}
