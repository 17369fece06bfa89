// Build fails if a client component imports this (Next aliases the module itself).
import "server-only"
import { cache } from "react"
import { backend } from "../auth/backend"
import { actorId, getToken } from "../auth/session"
import { getCartId } from "./cookie"
import type { Cart, WholesaleCheck } from "./types"

// Line totals are computed fields that core only sends when asked for.
export const CART_QUERY = "?fields=%2Bitems.total"

/**
 * Whether a cart is one this dealer may keep adding to. The cookie outlives a
 * sign-out/sign-in as someone else, and a completed cart is an order now.
 */
export function isUsable(cart: Cart | null | undefined, token: string): cart is Cart {
  return !!cart && !cart.completed_at && !!cart.customer_id && cart.customer_id === actorId(token)
}

/** The signed-in dealer's open cart, or null. Cached per request: the header and the page share it. */
export const getCart = cache(async (): Promise<Cart | null> => {
  const [token, id] = await Promise.all([getToken(), getCartId()])
  if (!token || !id) return null
  const res = await backend<{ cart: Cart }>(`/store/carts/${encodeURIComponent(id)}${CART_QUERY}`, { token }).catch(
    () => null
  )
  return res?.ok && isUsable(res.data.cart, token) ? res.data.cart : null
})

/** Number of lines (SKUs) for the header badge; quantities run to hundreds, so lines say more. */
export async function getCartLineCount(): Promise<number> {
  const cart = await getCart().catch(() => null)
  return cart?.items?.length ?? 0
}

/** The tier's rules over the whole cart (起订金额 …); null when the route is unavailable. */
export async function getWholesaleCheck(cartId: string, locale: string): Promise<WholesaleCheck | null> {
  const token = await getToken()
  if (!token) return null
  const res = await backend<WholesaleCheck>(`/store/carts/${encodeURIComponent(cartId)}/wholesale-check`, {
    token,
    locale,
  }).catch(() => null)
  return res?.ok ? res.data : null
}
