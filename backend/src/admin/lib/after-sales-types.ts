// Shapes of the after-sales admin API (docs/after-sales-api.md, "Case object" and "Staff").
// Amounts are yuan and may arrive as strings; go through Number() before adding or formatting.

export const CASE_KINDS = ["return", "exchange", "repair", "receipt_discrepancy"] as const
export type CaseKind = (typeof CASE_KINDS)[number]

export const CASE_STATUSES = ["requested", "accepted", "rejected", "received", "completed", "canceled"] as const
export type CaseStatus = (typeof CASE_STATUSES)[number]

/** The queue's tabs in working order; "all" sends no status filter (canceled cases only show there). */
export const CASE_TABS = ["requested", "accepted", "received", "completed", "rejected", "all"] as const
export type CaseTab = (typeof CASE_TABS)[number]

export type RefundMethod = "on_account" | "prepaid" | "card" | "bank_transfer"

export type CaseLine = {
  line_item_id: string
  title: string
  sku?: string | null
  quantity: number
  unit_price?: number | string | null
  issue?: string | null
  note?: string | null
  photos?: string[] | null
}

export type CaseHistoryEntry = {
  action: string
  actor_type: "dealer" | "staff" | "system" | string
  note?: string | null
  created_at: string
}

export type AfterSalesCase = {
  id: string
  order_id: string
  display_id?: number | null
  kind: CaseKind
  kind_label?: string
  status: CaseStatus
  status_label?: string
  reason?: string | null
  decision_reason?: string | null
  lines: CaseLine[]
  refund_amount?: number | string | null
  refund_method?: RefundMethod | null
  return_id?: string | null
  created_at: string
  updated_at?: string
  dealer?: { id: string; company_name: string } | null
  history?: CaseHistoryEntry[]
}

export type CaseListParams = {
  status?: CaseStatus
  kind?: CaseKind
  q?: string
  limit: number
  offset: number
}

export type CaseListResponse = { cases: AfterSalesCase[]; count: number }

export type CaseAction =
  | { action: "accept"; note?: string }
  | { action: "reject"; reason: string }
  | { action: "receive"; refund_amount?: number; note?: string }
  | { action: "complete"; note?: string }

/** What a return refunds at most: Σ unit price × quantity, in fen to stay clear of float drift. */
export function refundCeiling(lines: CaseLine[]): number {
  const fen = lines.reduce((sum, l) => sum + Math.round(Number(l.unit_price ?? 0) * 100) * Number(l.quantity || 0), 0)
  return fen / 100
}

/** "asc_01JD…XK4Q7Z" → "XK4Q7Z": enough to tell cases apart in a list and read out on the phone. */
export function shortCaseId(id: string): string {
  return id.replace(/^asc_/, "").slice(-6).toUpperCase()
}
