"use server"

import { revalidatePath } from "next/cache"
import { getTranslations } from "next-intl/server"
import { toLocale } from "@/i18n/routing"
import { backend } from "@/lib/auth/backend"
import { redirectTo } from "@/lib/auth/redirect"
import { getToken } from "@/lib/auth/session"
import { setCartId } from "@/lib/cart/cookie"
import { getCart } from "@/lib/cart/data"
import type { ReorderReport } from "@/lib/orders/types"

export type OrderActionResult = { error?: string }

const orderPath = (id: string, rest: string) => `/store/dealer-orders/${encodeURIComponent(id)}${rest}`

/** The dealer's answer to its order's review; the page re-renders with the order as it now is. */
async function answer(rawLocale: string, path: string, reason?: string): Promise<OrderActionResult> {
  const locale = toLocale(rawLocale)
  const t = await getTranslations({ locale, namespace: "OrderDetail" })
  const token = await getToken()
  if (!token) redirectTo("/sign-in", locale)
  const json = reason?.trim() ? { reason: reason.trim() } : {}
  const res = await backend(path, { json, token, locale }).catch(() => null)
  if (res?.status === 401) redirectTo("/sign-in", locale)
  if (!res) return { error: t("unavailable") }
  if (!res.ok) return { error: res.error.code === "role_not_allowed" ? t("financeCannotAct") : res.error.message || t("unavailable") }
  revalidatePath("/[locale]/account/orders", "layout")
  return {}
}

export async function cancelOrder(locale: string, id: string, reason: string): Promise<OrderActionResult> {
  return answer(locale, orderPath(id, "/cancel"), reason)
}

export async function confirmChange(locale: string, id: string): Promise<OrderActionResult> {
  return answer(locale, orderPath(id, "/change/confirm"))
}

export async function declineChange(locale: string, id: string, reason: string): Promise<OrderActionResult> {
  return answer(locale, orderPath(id, "/change/decline"), reason)
}

/** 再来一单: every line back into the open cart at today's prices; the report says what changed. */
export async function reorder(rawLocale: string, id: string): Promise<{ report: ReorderReport } | { error: string }> {
  const locale = toLocale(rawLocale)
  const t = await getTranslations({ locale, namespace: "OrderDetail" })
  const token = await getToken()
  if (!token) redirectTo("/sign-in", locale)
  const cartId = (await getCart())?.id
  const res = await backend<ReorderReport>(`/store/orders/${encodeURIComponent(id)}/reorder`, {
    json: cartId ? { cart_id: cartId } : {},
    token,
    locale,
  }).catch(() => null)
  if (res?.status === 401) redirectTo("/sign-in", locale)
  if (!res) return { error: t("unavailable") }
  if (!res.ok) return { error: res.error.code === "role_not_allowed" ? t("financeCannotAct") : res.error.message || t("unavailable") }
  if (res.data.cart_id) await setCartId(res.data.cart_id)
  revalidatePath("/[locale]", "layout")
  return { report: { cart_id: res.data.cart_id, added: res.data.added ?? [], unavailable: res.data.unavailable ?? [] } }
}
