import { MathBN } from "@medusajs/framework/utils"
import type { EntryType } from "./models/credit-entry"

export type LedgerEntry = { id?: string; type: EntryType; amount: unknown; order_id?: string | null; due_at?: Date | string | null; created_at?: Date | string }
export type Balances = { credit_limit: number; outstanding: number; held: number; available: number; prepaid: number }

const n = (v: unknown) => MathBN.convert(v as any)

/** What each entry does to the three running balances. */
export function effect(e: LedgerEntry): { outstanding: any; held: any; prepaid: any } {
  const zero = n(0)
  const amount = n(e.amount)
  switch (e.type) {
    case "hold":
      return { outstanding: zero, held: amount, prepaid: zero }
    case "release":
      return { outstanding: zero, held: MathBN.mult(amount, -1), prepaid: zero }
    case "charge":
    case "adjustment":
      return { outstanding: amount, held: zero, prepaid: zero }
    case "repayment":
    case "refund":
      return { outstanding: MathBN.mult(amount, -1), held: zero, prepaid: zero }
    case "topup":
    case "prepaid_refund":
      return { outstanding: zero, held: zero, prepaid: amount }
    case "prepaid_spend":
      return { outstanding: zero, held: zero, prepaid: MathBN.mult(amount, -1) }
    default:
      return { outstanding: zero, held: zero, prepaid: zero }
  }
}

/** Balances derived from the ledger: available = limit − outstanding − held. */
export function balances(limit: unknown, entries: LedgerEntry[]): Balances {
  let outstanding = n(0)
  let held = n(0)
  let prepaid = n(0)
  for (const e of entries) {
    const d = effect(e)
    outstanding = MathBN.add(outstanding, d.outstanding)
    held = MathBN.add(held, d.held)
    prepaid = MathBN.add(prepaid, d.prepaid)
  }
  const available = MathBN.sub(MathBN.sub(n(limit), outstanding), held)
  const num = (v: any) => MathBN.convert(v).toNumber()
  return { credit_limit: num(n(limit)), outstanding: num(outstanding), held: num(held), available: num(available), prepaid: num(prepaid) }
}

/** The amount still held for one order (holds minus releases). */
export function heldFor(entries: LedgerEntry[], orderId: string): number {
  return entries
    .filter((e) => e.order_id === orderId && (e.type === "hold" || e.type === "release"))
    .reduce((sum, e) => MathBN.add(sum, effect(e).held), n(0))
    .toNumber()
}

export type OpenItem = { order_id: string | null; charged: number; open: number; due_at: string | null; overdue: boolean; charged_at: string | null }

/**
 * Charges still unpaid, oldest first: repayments, refunds and downward
 * adjustments settle the oldest charges first (FIFO), as finance reads them.
 */
export function openItems(entries: LedgerEntry[], now = new Date()): OpenItem[] {
  const sorted = [...entries].sort((a, b) => +new Date(a.created_at ?? 0) - +new Date(b.created_at ?? 0))
  const items: OpenItem[] = []
  let credit = n(0)
  for (const e of sorted) {
    const d = effect(e).outstanding
    if (MathBN.gt(d, 0)) {
      items.push({
        order_id: e.order_id ?? null,
        charged: n(e.amount).toNumber(),
        open: n(e.amount).toNumber(),
        due_at: e.due_at ? new Date(e.due_at).toISOString() : null,
        overdue: false,
        charged_at: e.created_at ? new Date(e.created_at).toISOString() : null,
      })
    } else if (MathBN.lt(d, 0)) credit = MathBN.add(credit, MathBN.mult(d, -1))
  }
  for (const item of items) {
    const used = MathBN.min(credit, item.open)
    item.open = MathBN.sub(n(item.open), used).toNumber()
    credit = MathBN.sub(credit, used)
  }
  return items
    .filter((i) => i.open > 0)
    .map((i) => ({ ...i, overdue: !!i.due_at && new Date(i.due_at) < now }))
}
