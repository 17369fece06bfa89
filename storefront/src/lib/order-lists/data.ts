// Build fails if a client component imports this (Next aliases the module itself).
import "server-only"
import { backend } from "../auth/backend"
import { getToken } from "../auth/session"
import type { OrderList, OrderListSummary } from "./types"

/** The dealer's lists; null when the route fails (the page says so instead of crashing). */
export async function getOrderLists(locale: string): Promise<OrderListSummary[] | null> {
  const token = await getToken()
  if (!token) return null
  const res = await backend<{ order_lists: OrderListSummary[] }>("/store/order-lists", { token, locale }).catch(
    () => null
  )
  return res?.ok ? res.data.order_lists ?? [] : null
}

/** One list; "missing" for another dealer's or a deleted list (404), null when the route fails. */
export async function getOrderList(id: string, locale: string): Promise<OrderList | "missing" | null> {
  const token = await getToken()
  if (!token) return null
  const res = await backend<{ order_list: OrderList }>(`/store/order-lists/${encodeURIComponent(id)}`, {
    token,
    locale,
  }).catch(() => null)
  if (!res) return null
  if (res.ok) return res.data.order_list
  // Medusa answers an unknown route with 404 "… does not exist": that is not a missing list.
  if (res.status === 404 && !/does not exist/.test(res.error.message ?? "")) return "missing"
  return null
}
