import { MathBN } from "@medusajs/framework/utils"
import { effect, type LedgerEntry } from "./balances"

export type StatementLine = LedgerEntry & { outstanding_after: number; prepaid_after: number }

/**
 * One month of the ledger (Asia/Shanghai calendar) with running balances:
 * the opening balances from everything before, each entry with the balances
 * after it, and the closing balances.
 */
export function monthStatement(entries: LedgerEntry[], month: string) {
  const [y, m] = month.split("-").map(Number)
  // Midnight in Shanghai (UTC+8, no daylight saving) of the 1st of the month and of the next.
  const start = Date.UTC(y, m - 1, 1) - 8 * 3600_000
  const end = Date.UTC(y, m, 1) - 8 * 3600_000
  let outstanding = MathBN.convert(0)
  let prepaid = MathBN.convert(0)
  const lines: StatementLine[] = []
  let opening = { outstanding: 0, prepaid: 0 }
  const sorted = [...entries].sort((a, b) => +new Date(a.created_at ?? 0) - +new Date(b.created_at ?? 0))
  for (const e of sorted) {
    const at = +new Date(e.created_at ?? 0)
    if (at >= end) break
    if (at >= start && !lines.length) opening = { outstanding: outstanding.toNumber(), prepaid: prepaid.toNumber() }
    const d = effect(e)
    outstanding = MathBN.add(outstanding, d.outstanding)
    prepaid = MathBN.add(prepaid, d.prepaid)
    if (at >= start) lines.push({ ...e, outstanding_after: outstanding.toNumber(), prepaid_after: prepaid.toNumber() })
  }
  if (!lines.length) opening = { outstanding: outstanding.toNumber(), prepaid: prepaid.toNumber() }
  return { month, opening, closing: { outstanding: outstanding.toNumber(), prepaid: prepaid.toNumber() }, lines }
}

export const ENTRY_LABELS: Record<string, string> = {
  hold: "占用额度",
  release: "释放额度",
  charge: "账期消费",
  repayment: "还款",
  refund: "退款",
  adjustment: "调整",
  limit_change: "额度调整",
  topup: "预存款充值",
  prepaid_spend: "预存款支付",
  prepaid_refund: "预存款退回",
}
