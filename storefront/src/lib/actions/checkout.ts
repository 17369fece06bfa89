"use server"

import { revalidatePath } from "next/cache"
import { getTranslations } from "next-intl/server"
import { toLocale, type Locale } from "@/i18n/routing"
import { backend } from "@/lib/auth/backend"
import { redirectTo } from "@/lib/auth/redirect"
import { getToken } from "@/lib/auth/session"
import { clearCartId, getCartId } from "@/lib/cart/cookie"
import type { OrderSummary } from "@/lib/orders/types"

export type CheckoutResult = { ok: true } | { ok: false; error: string; code?: string }

const cartPath = (id: string, rest: string) => `/store/carts/${encodeURIComponent(id)}${rest}`

/** A cart call for the checkout page; it re-renders with core's new totals afterwards. */
async function cartCall(
  locale: Locale,
  rest: string,
  method: "POST" | "DELETE",
  json: unknown,
  wordError: (message: string) => string
): Promise<CheckoutResult> {
  const t = await getTranslations({ locale, namespace: "Checkout" })
  const [token, cartId] = await Promise.all([getToken(), getCartId()])
  if (!token) redirectTo("/sign-in", locale)
  if (!cartId) return { ok: false, error: t("cartGone") }
  const res = await backend(cartPath(cartId, rest), { method, json, token, locale }).catch(() => null)
  if (res?.status === 401) redirectTo("/sign-in", locale)
  if (!res) return { ok: false, error: t("unavailable") }
  if (!res.ok) return { ok: false, error: wordError(res.error.message ?? "") || t("unavailable"), code: res.error.code }
  revalidatePath("/[locale]/checkout", "page")
  return { ok: true }
}

/** Puts the chosen shipping option on the cart (core replaces the previous one), so the totals include freight. */
export async function chooseShipping(rawLocale: string, optionId: string): Promise<CheckoutResult> {
  return cartCall(toLocale(rawLocale), "/shipping-methods", "POST", { option_id: optionId }, (m) => m)
}

// Core words coupon refusals in English whatever the page's language; the common one is re-worded.
const INVALID_CODE = /^The promotion code (.+) is invalid$/

export async function applyCoupon(rawLocale: string, code: string): Promise<CheckoutResult> {
  const locale = toLocale(rawLocale)
  const t = await getTranslations({ locale, namespace: "Checkout" })
  const trimmed = code.trim()
  if (!trimmed) return { ok: false, error: t("couponEmpty") }
  return cartCall(locale, "/promotions", "POST", { promo_codes: [trimmed] }, (m) => {
    const invalid = INVALID_CODE.exec(m)
    return invalid ? t("couponInvalid", { code: invalid[1] }) : m
  })
}

export async function removeCoupon(rawLocale: string, code: string): Promise<CheckoutResult> {
  return cartCall(toLocale(rawLocale), "/promotions", "DELETE", { promo_codes: [code] }, (m) => m)
}

export type SubmitInput = {
  address_id: string | null
  shipping_option_id: string | null
  po_number: string
  delivery_note: string
}

/**
 * 提交订单: the backend copies the address onto the cart, checks the rules and
 * stock, and places the order for review (no money moves). On success the cart
 * is an order, so its cookie goes, and the dealer lands on the order page.
 */
export async function submitOrder(rawLocale: string, input: SubmitInput): Promise<CheckoutResult> {
  const locale = toLocale(rawLocale)
  const t = await getTranslations({ locale, namespace: "Checkout" })
  const tc = await getTranslations({ locale, namespace: "Cart" })
  const [token, cartId] = await Promise.all([getToken(), getCartId()])
  if (!token) redirectTo("/sign-in", locale)
  if (!cartId) return { ok: false, error: t("cartGone") }
  const json = {
    cart_id: cartId,
    ...(input.address_id && { address_id: input.address_id }),
    ...(input.shipping_option_id && { shipping_option_id: input.shipping_option_id }),
    ...(input.po_number.trim() && { po_number: input.po_number.trim() }),
    ...(input.delivery_note.trim() && { delivery_note: input.delivery_note.trim() }),
  }
  const res = await backend<{ order: OrderSummary }>("/store/dealer-orders/submit", { json, token, locale }).catch(
    () => null
  )
  if (res?.status === 401) redirectTo("/sign-in", locale)
  if (!res) return { ok: false, error: t("unavailable") }
  if (!res.ok) {
    const code = res.error.code
    if (code === "role_not_allowed") return { ok: false, code, error: t("financeCannotSubmit") }
    // Submitted meanwhile (another tab, a colleague on the same login) or gone: say where to go.
    if (code === "cart_not_found") return { ok: false, code, error: t("cartGone") }
    // Core's own stock refusal is English; ours (out_of_stock) comes localised with the product and quantity.
    if (code === "insufficient_inventory") return { ok: false, code, error: tc("insufficientStock") }
    return { ok: false, code, error: res.error.message || t("unavailable") }
  }
  await clearCartId()
  revalidatePath("/[locale]", "layout")
  redirectTo(`/account/orders/${res.data.order.id}?submitted=1`, locale)
}
