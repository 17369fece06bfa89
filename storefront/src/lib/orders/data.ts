// Build fails if a client component imports this (Next aliases the module itself).
import "server-only"
import { backend } from "../auth/backend"
import { getToken } from "../auth/session"
import type { OrderDetail, OrderPage, OrderStatus } from "./types"

export const ORDERS_PAGE_SIZE = 20

/** One page of the dealer's orders (every member's), newest first; null when the route fails. */
export async function getOrders(
  filter: { status?: OrderStatus; q?: string; page: number },
  locale: string
): Promise<OrderPage | null> {
  const token = await getToken()
  if (!token) return null
  const params = new URLSearchParams({
    limit: String(ORDERS_PAGE_SIZE),
    offset: String((filter.page - 1) * ORDERS_PAGE_SIZE),
  })
  if (filter.status) params.set("status", filter.status)
  if (filter.q) params.set("q", filter.q)
  const res = await backend<OrderPage>(`/store/dealer-orders?${params}`, { token, locale }).catch(() => null)
  return res?.ok ? res.data : null
}

/**
 * One order; "missing" for another dealer's order or an unknown id (the
 * backend answers 404 order_not_found for both), null when the route fails.
 */
export async function getOrder(id: string, locale: string): Promise<OrderDetail | "missing" | null> {
  const token = await getToken()
  if (!token) return null
  const res = await backend<{ order: OrderDetail }>(`/store/dealer-orders/${encodeURIComponent(id)}`, {
    token,
    locale,
  }).catch(() => null)
  if (!res) return null
  if (res.ok) return res.data.order
  if (res.status === 404 && res.error.code === "order_not_found") return "missing"
  return null
}
