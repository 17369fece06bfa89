// Build fails if a client component imports this (Next aliases the module itself).
import "server-only"
import { backend } from "./auth/backend"
import { getToken } from "./auth/session"
import { CASE_TABS, type AfterSalesCase, type CasePage, type CaseTab, type RequestableLine } from "./after-sales-types"

export const CASES_PAGE_SIZE = 20

async function casesWithStatus(token: string, locale: string, limit: number, offset: number, status?: string): Promise<CasePage | null> {
  const params = new URLSearchParams({ limit: String(limit), offset: String(offset) })
  if (status) params.set("status", status)
  const res = await backend<CasePage>(`/store/after-sales?${params}`, { token, locale }).catch(() => null)
  return res?.ok && Array.isArray(res.data.cases) ? res.data : null
}

/**
 * One page of the company's cases, newest first; null when the route fails.
 * The backend filters by one status, and a tab groups several (处理中 is
 * requested, accepted and received): each status's newest cases up to this
 * page are fetched and merged, which pages exactly like one sorted list.
 */
export async function getCases(filter: { tab?: CaseTab; page: number }, locale: string): Promise<CasePage | null> {
  const token = await getToken()
  if (!token) return null
  const offset = (filter.page - 1) * CASES_PAGE_SIZE
  const statuses = filter.tab ? CASE_TABS[filter.tab] : []
  if (statuses.length <= 1) return casesWithStatus(token, locale, CASES_PAGE_SIZE, offset, statuses[0])
  // The backend caps limit at 100; past that a grouped tab shows its first pages only.
  const upTo = Math.min(offset + CASES_PAGE_SIZE, 100)
  const pages = await Promise.all(statuses.map((s) => casesWithStatus(token, locale, upTo, 0, s)))
  if (pages.some((p) => p === null)) return null
  const merged = pages
    .flatMap((p) => p!.cases)
    .sort((a, b) => b.created_at.localeCompare(a.created_at))
    .slice(offset, offset + CASES_PAGE_SIZE)
  return { cases: merged, count: pages.reduce((n, p) => n + p!.count, 0) }
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
