// Build fails if a client component imports this (Next aliases the module itself).
import "server-only"
import { backend } from "./auth/backend"
import { getToken } from "./auth/session"
import { CASE_TABS, type AfterSalesCase, type CasePage, type CaseTab, type RequestableLine } from "./after-sales-types"

export const CASES_PAGE_SIZE = 20

/**
 * One page of the company's cases, newest first; null when the route fails.
 * A tab groups several statuses: they go as one comma-separated `status`.
 */
export async function getCases(filter: { tab?: CaseTab; page: number }, locale: string): Promise<CasePage | null> {
  const token = await getToken()
  if (!token) return null
  const params = new URLSearchParams({ limit: String(CASES_PAGE_SIZE), offset: String((filter.page - 1) * CASES_PAGE_SIZE) })
  if (filter.tab) params.set("status", CASE_TABS[filter.tab].join(","))
  const res = await backend<CasePage>(`/store/after-sales?${params}`, { token, locale }).catch(() => null)
  return res?.ok && Array.isArray(res.data.cases) ? res.data : null
}

/** One case; "missing" for another company's case or an unknown id (404), null when the route fails. */
export async function getCase(id: string, locale: string): Promise<AfterSalesCase | "missing" | null> {
  const token = await getToken()
  if (!token) return null
  const res = await backend<{ case: AfterSalesCase }>(`/store/after-sales/${encodeURIComponent(id)}`, { token, locale }).catch(() => null)
  if (!res) return null
  if (res.ok) return res.data.case
  return res.status === 404 ? "missing" : null
}

/** What can still be asked for on each of the order's lines; "missing" for an order that is not the company's. */
export async function getRequestableLines(orderId: string, locale: string): Promise<RequestableLine[] | "missing" | null> {
  const token = await getToken()
  if (!token) return null
  const res = await backend<{ lines: RequestableLine[] }>(`/store/dealer-orders/${encodeURIComponent(orderId)}/after-sales-lines`, {
    token,
    locale,
  }).catch(() => null)
  if (!res) return null
  if (res.ok) return Array.isArray(res.data.lines) ? res.data.lines : null
  return res.status === 404 ? "missing" : null
}
