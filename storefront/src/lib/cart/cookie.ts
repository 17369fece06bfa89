// Build fails if a client component imports this (Next aliases the module itself).
import "server-only"
import { cookies } from "next/headers"
import { isHttps } from "../auth/session"

// The open cart's id, httpOnly like the session: a cart id is enough to read
// and change the cart, so client JS never needs (or sees) it.
export const CART_COOKIE = "dm_cart"
const MAX_AGE = 60 * 60 * 24 * 30 // a dealer's 进货单 may be built up over weeks

export async function getCartId(): Promise<string | null> {
  return (await cookies()).get(CART_COOKIE)?.value || null
}

/** Server actions and route handlers only (Next forbids setting cookies while rendering). */
export async function setCartId(id: string): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, id, {
    httpOnly: true,
    sameSite: "lax",
    secure: await isHttps(),
    path: "/",
    maxAge: MAX_AGE,
  })
}

export async function clearCartId(): Promise<void> {
  ;(await cookies()).delete(CART_COOKIE)
}
