import type { OpenItem } from "./balances"

const DAY = 24 * 60 * 60 * 1000

export type DueNotice = { kind: "overdue" | "due_soon"; items: OpenItem[]; amount: number; earliest_due_at: string }

/**
 * Which reminder a dealer gets today: overdue items take precedence over
 * items falling due within `soonDays`, so a dealer gets one message a day.
 */
export function dueNotice(items: OpenItem[], now: Date, soonDays = 3): DueNotice | null {
  const open = items.filter((i) => i.open > 0 && i.due_at)
  const overdue = open.filter((i) => new Date(i.due_at!).getTime() < now.getTime())
  const soon = open.filter((i) => {
    const t = new Date(i.due_at!).getTime()
    return t >= now.getTime() && t - now.getTime() <= soonDays * DAY
  })
  const pick = overdue.length ? { kind: "overdue" as const, items: overdue } : soon.length ? { kind: "due_soon" as const, items: soon } : null
  if (!pick) return null
  const amount = Math.round(pick.items.reduce((s, i) => s + i.open, 0) * 100) / 100
  const earliest = pick.items.map((i) => i.due_at!).sort()[0]
  return { ...pick, amount, earliest_due_at: earliest }
}

/** The calendar day in China, so one reminder a day means one per Shanghai day. */
export function shanghaiDay(now: Date): string {
  return new Date(now.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10)
}

const yuan = (n: number) => `¥${n.toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`

/** What the dealer reads, in Chinese. */
export function dueNoticeText(companyName: string, notice: DueNotice): { subject: string; text: string } {
  const date = shanghaiDay(new Date(notice.earliest_due_at))
  if (notice.kind === "overdue") {
    return {
      subject: `账期欠款已逾期 ${yuan(notice.amount)}`,
      text: `${companyName}：您有 ${notice.items.length} 笔账期欠款共 ${yuan(notice.amount)} 已逾期（最早到期日 ${date}），请尽快还款，以免影响新订单。`,
    }
  }
  return {
    subject: `账期欠款即将到期 ${yuan(notice.amount)}`,
    text: `${companyName}：您有 ${notice.items.length} 笔账期欠款共 ${yuan(notice.amount)} 将于 ${date} 起到期，请按时还款。`,
  }
}
