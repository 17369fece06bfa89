// Build fails if a client component imports this (Next aliases the module itself).
import "server-only"
import { backend } from "../auth/backend"
import { getBuyer } from "../wholesale/buyer"
import { CART_QUERY, isUsable } from "./data"
import { getCartId, setCartId } from "./cookie"
import type { Cart } from "./types"

/**
 * The dealer's open cart id, creating a cart in the store's region when the
 * cookie names none (or one that is gone, completed or someone else's).
 * Server actions only: it may set the cookie.
 */
export async function ensureCartId(token: string, locale: string): Promise<{ id: string } | { error: true }> {
  const existing = await getCartId()
  if (existing) {
    const res = await backend<{ cart: Cart }>(`/store/carts/${encodeURIComponent(existing)}${CART_QUERY}`, {
      token,
    }).catch(() => null)
    if (res?.ok && isUsable(res.data.cart, token)) return { id: existing }
    // A network failure is not proof the cart is gone: do not start a second one.
    if (!res) return { error: true }
  }
  const buyer = await getBuyer()
  if (!buyer) return { error: true }
  const created = await backend<{ cart: Cart }>("/store/carts", {
    json: { region_id: buyer.regionId },
    token,
    locale,
  }).catch(() => null)
  if (!created?.ok) return { error: true }
  await setCartId(created.data.cart.id)
  return { id: created.data.cart.id }
}
