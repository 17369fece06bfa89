// Build fails if a client component imports this (Next aliases the module itself).
import "server-only"
import { backend } from "../auth/backend"
import { getToken } from "../auth/session"
import type { OrderPage } from "../orders/types"

const PAGE = 50
const MAX_PAGES = 10

/**
 * Order numbers (#display_id) for the order ids the ledger names: credit
 * routes carry only ids, and dealers know their orders by number. Pages
 * through the dealer's order list (newest first, where ledger orders
 * usually are) until every id is found; unknown ids stay out of the map.
 */
export async function orderNumbers(ids: (string | null)[], locale: string): Promise<Map<string, number>> {
  const wanted = new Set(ids.filter((id): id is string => !!id))
  const found = new Map<string, number>()
  const token = await getToken()
  if (!token || wanted.size === 0) return found
  for (let page = 0; page < MAX_PAGES && found.size < wanted.size; page++) {
    const res = await backend<OrderPage>(`/store/dealer-orders?limit=${PAGE}&offset=${page * PAGE}`, { token, locale }).catch(() => null)
    if (!res?.ok) break
    for (const o of res.data.orders) if (wanted.has(o.id)) found.set(o.id, o.display_id)
    if (res.data.orders.length < PAGE) break
  }
  return found
}
