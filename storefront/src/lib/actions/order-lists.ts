"use server"

import { revalidatePath } from "next/cache"
import { getTranslations } from "next-intl/server"
import { toLocale, type Locale } from "@/i18n/routing"
import { backend } from "@/lib/auth/backend"
import { redirectTo } from "@/lib/auth/redirect"
import { getToken } from "@/lib/auth/session"
import { setCartId } from "@/lib/cart/cookie"
import { getCart } from "@/lib/cart/data"
import type { OrderList } from "@/lib/order-lists/types"
import type { QuickOrderReport } from "@/lib/wholesale/types"

export type ListActionResult = { error?: string }
type Item = { variant_id: string; quantity: number }

const listPath = (id: string, rest = "") => `/store/order-lists/${encodeURIComponent(id)}${rest}`

/** One order-list call with the dealer's token; refusals show the backend's own message. */
async function call<T>(
  locale: Locale,
  path: string,
  method: "GET" | "POST" | "DELETE",
  json?: unknown
): Promise<{ data: T } | { error: string }> {
  const t = await getTranslations({ locale, namespace: "OrderLists" })
  const token = await getToken()
  if (!token) redirectTo("/sign-in", locale)
  const res = await backend<T>(path, { method, json, token, locale }).catch(() => null)
  if (res?.status === 401) redirectTo("/sign-in", locale)
  if (!res) return { error: t("unavailable") }
  if (!res.ok) return { error: res.error.message || t("unavailable") }
  revalidatePath("/[locale]/account/order-lists", "layout")
  return { data: res.data }
}

/** The list page's form: a named empty list, then straight into it. */
export async function createOrderList(_prev: ListActionResult, data: FormData): Promise<ListActionResult> {
  const locale = toLocale(String(data.get("locale") ?? ""))
  const t = await getTranslations({ locale, namespace: "OrderLists" })
  const name = String(data.get("name") ?? "").trim()
  if (!name) return { error: t("nameRequired") }
  const res = await call<{ order_list: OrderList }>(locale, "/store/order-lists", "POST", { name, items: [] })
  if ("error" in res) return res
  redirectTo(`/account/order-lists/${res.data.order_list.id}`, locale)
}

/**
 * From the product page: into an existing list (adding to the quantity already
 * there, since "items" replaces the whole list) or into a new one.
 */
export async function addToOrderList(
  rawLocale: string,
  target: { listId: string } | { newName: string },
  item: Item
): Promise<{ ok: true; name: string } | { ok: false; error: string }> {
  const locale = toLocale(rawLocale)
  const t = await getTranslations({ locale, namespace: "OrderLists" })
  if ("newName" in target) {
    const name = target.newName.trim()
    if (!name) return { ok: false, error: t("nameRequired") }
    const res = await call<{ order_list: OrderList }>(locale, "/store/order-lists", "POST", { name, items: [item] })
    return "error" in res ? { ok: false, error: res.error } : { ok: true, name: res.data.order_list.name }
  }
  const current = await call<{ order_list: OrderList }>(locale, listPath(target.listId), "GET")
  if ("error" in current) return { ok: false, error: current.error }
  const items: Item[] = current.data.order_list.items.map((i) => ({ variant_id: i.variant_id, quantity: i.quantity }))
  const same = items.find((i) => i.variant_id === item.variant_id)
  if (same) same.quantity += item.quantity
  else items.push(item)
  const res = await call<{ order_list: OrderList }>(locale, listPath(target.listId), "POST", { items })
  return "error" in res ? { ok: false, error: res.error } : { ok: true, name: res.data.order_list.name }
}

/** The detail page saves the whole item list after each change (the API replaces items). */
export async function saveOrderListItems(rawLocale: string, id: string, items: Item[]): Promise<ListActionResult> {
  const res = await call(toLocale(rawLocale), listPath(id), "POST", { items })
  return { error: "error" in res ? res.error : undefined }
}

export async function renameOrderList(rawLocale: string, id: string, name: string): Promise<ListActionResult> {
  const locale = toLocale(rawLocale)
  const t = await getTranslations({ locale, namespace: "OrderLists" })
  if (!name.trim()) return { error: t("nameRequired") }
  const res = await call(locale, listPath(id), "POST", { name: name.trim() })
  return { error: "error" in res ? res.error : undefined }
}

export async function deleteOrderList(rawLocale: string, id: string): Promise<ListActionResult> {
  const locale = toLocale(rawLocale)
  const res = await call(locale, listPath(id), "DELETE")
  if ("error" in res) return res
  redirectTo("/account/order-lists", locale)
}

/** Every item into the open cart (or a new one); the report says what could not go in. */
export async function orderListToCart(
  rawLocale: string,
  id: string
): Promise<{ report: QuickOrderReport } | { error: string }> {
  const locale = toLocale(rawLocale)
  const cartId = (await getCart())?.id
  const res = await call<QuickOrderReport>(locale, listPath(id, "/cart"), "POST", cartId ? { cart_id: cartId } : {})
  if ("error" in res) return res
  if (res.data.cart_id) await setCartId(res.data.cart_id)
  revalidatePath("/[locale]", "layout")
  return { report: { added: res.data.added ?? [], rejected: res.data.rejected ?? [], cart_id: res.data.cart_id } }
}
