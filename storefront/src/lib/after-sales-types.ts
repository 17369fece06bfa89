// Shapes of the dealer's after-sales routes (docs/after-sales-api.md, "Case object").
// No server-only import: the request form (a client component) uses these too.

/** What a dealer may ask for; `receipt_discrepancy` cases are opened by a receipt check, never by hand. */
export const REQUEST_KINDS = ["return", "exchange", "repair"] as const
export type RequestKind = (typeof REQUEST_KINDS)[number]
export const isRequestKind = (s: unknown): s is RequestKind => (REQUEST_KINDS as readonly unknown[]).includes(s)

export const CASE_KINDS = [...REQUEST_KINDS, "receipt_discrepancy"] as const
export type CaseKind = (typeof CASE_KINDS)[number]
export const isCaseKind = (s: unknown): s is CaseKind => (CASE_KINDS as readonly unknown[]).includes(s)

export const CASE_STATUSES = ["requested", "accepted", "rejected", "received", "completed", "canceled"] as const
export type CaseStatus = (typeof CASE_STATUSES)[number]
export const isCaseStatus = (s: unknown): s is CaseStatus => (CASE_STATUSES as readonly unknown[]).includes(s)

/**
 * The list's tabs: a dealer asks "is anyone on it, is it done, was it refused",
 * not which of six statuses a case is in. A withdrawn (canceled) case is only under 全部.
 */
export const CASE_TABS = {
  open: ["requested", "accepted", "received"],
  completed: ["completed"],
  rejected: ["rejected"],
} as const satisfies Record<string, readonly CaseStatus[]>
export type CaseTab = keyof typeof CASE_TABS
export const isCaseTab = (s: unknown): s is CaseTab => typeof s === "string" && Object.hasOwn(CASE_TABS, s)

export const REFUND_METHODS = ["on_account", "prepaid", "card", "bank_transfer"] as const
export type RefundMethod = (typeof REFUND_METHODS)[number]
export const isRefundMethod = (s: unknown): s is RefundMethod => (REFUND_METHODS as readonly unknown[]).includes(s)

export const HISTORY_ACTIONS = ["requested", "accepted", "rejected", "received", "refunded", "completed", "canceled", "note"] as const
export type HistoryAction = (typeof HISTORY_ACTIONS)[number]
export const isHistoryAction = (s: unknown): s is HistoryAction => (HISTORY_ACTIONS as readonly unknown[]).includes(s)

export type CaseLine = {
  line_item_id: string
  title: string
  sku: string | null
  quantity: number
  /** Absent on lines a receipt check opened. */
  unit_price?: number | null
  /** From a receipt check: short | damaged | wrong_item. */
  issue: string | null
  note: string | null
  /** Private file ids, served through the case's photo route. */
  photos: string[]
}

export type CaseHistoryEntry = {
  action: HistoryAction | string
  actor_type: "dealer" | "staff" | "system"
  note: string | null
  created_at: string
}

export type AfterSalesCase = {
  id: string
  order_id: string
  display_id: number
  kind: CaseKind | string
  kind_label: string
  status: CaseStatus | string
  status_label: string
  reason: string | null
  decision_reason: string | null
  lines: CaseLine[]
  refund_amount: number | null
  refund_method: RefundMethod | string | null
  return_id: string | null
  created_at: string
  updated_at: string
  /** Oldest first, as the backend sends it. */
  history: CaseHistoryEntry[]
}

export type CasePage = { cases: AfterSalesCase[]; count: number }

/** GET /store/dealer-orders/:id/after-sales-lines: what can still be asked for on each line. */
export type RequestableLine = {
  line_item_id: string
  title: string
  sku: string | null
  received: number
  requested: number
  available: number
}
