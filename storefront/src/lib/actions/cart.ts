"use server"

import { revalidatePath } from "next/cache"
import { getTranslations } from "next-intl/server"
import { toLocale } from "@/i18n/routing"
import { backend } from "@/lib/auth/backend"
import { redirectTo } from "@/lib/auth/redirect"
import { getToken } from "@/lib/auth/session"
import { getCartId } from "@/lib/cart/cookie"
import { ensureCartId } from "@/lib/cart/ensure"
import type { Cart } from "@/lib/cart/types"

type Request = { path: string; method: "POST" | "DELETE"; json?: unknown }

export type CartActionResult = { ok: true; lines: number } | { ok: false; error: string }

const path = (cartId: string, rest = "") => `/store/carts/${encodeURIComponent(cartId)}${rest}`

/**
 * One cart call with the dealer's token. A refusal shows the backend's own
 * message (the cart rules answer "该商品起订量为 10 件" and the like).
 */
async function call(
  rawLocale: string,
  run: (token: string, locale: string) => Promise<Request | null>
): Promise<CartActionResult> {
  const locale = toLocale(rawLocale)
  const t = await getTranslations({ locale, namespace: "Cart" })
  const token = await getToken()
  if (!token) redirectTo("/sign-in", locale)
  const req = await run(token, locale)
  if (!req) return { ok: false, error: t("unavailable") }
  const res = await backend<{ cart?: Cart; parent?: Cart }>(req.path, {
    method: req.method,
    json: req.json,
    token,
    locale,
  }).catch(() => null)
  if (res?.status === 401) redirectTo("/sign-in", locale)
  if (!res) return { ok: false, error: t("unavailable") }
  // Core's own stock refusal comes in English whatever the page's language; our rules come localised.
  if (!res.ok && res.error.code === "insufficient_inventory") return { ok: false, error: t("insufficientStock") }
  if (!res.ok) return { ok: false, error: res.error.message || t("unavailable") }
  // The header badge and the cart page render from the server.
  revalidatePath("/[locale]", "layout")
  const cart = res.data.cart ?? res.data.parent
  return { ok: true, lines: cart?.items?.length ?? 0 }
}

export async function addToCart(locale: string, variantId: string, quantity: number): Promise<CartActionResult> {
  return call(locale, async (token, loc) => {
    const cart = await ensureCartId(token, loc)
    if ("error" in cart) return null
    return { path: path(cart.id, "/line-items"), method: "POST", json: { variant_id: variantId, quantity } }
  })
}

export async function updateCartLine(locale: string, lineId: string, quantity: number): Promise<CartActionResult> {
  return call(locale, async () => {
    const id = await getCartId()
    if (!id) return null
    return { path: path(id, `/line-items/${encodeURIComponent(lineId)}`), method: "POST", json: { quantity } }
  })
}

export async function removeCartLine(locale: string, lineId: string): Promise<CartActionResult> {
  return call(locale, async () => {
    const id = await getCartId()
    if (!id) return null
    return { path: path(id, `/line-items/${encodeURIComponent(lineId)}`), method: "DELETE" }
  })
}
