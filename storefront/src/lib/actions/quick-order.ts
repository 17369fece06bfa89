"use server"

import { revalidatePath } from "next/cache"
import { getTranslations } from "next-intl/server"
import { toLocale } from "@/i18n/routing"
import { backend } from "@/lib/auth/backend"
import { redirectTo } from "@/lib/auth/redirect"
import { getToken } from "@/lib/auth/session"
import { setCartId } from "@/lib/cart/cookie"
import { getCart } from "@/lib/cart/data"
import type { QuickOrderReport } from "@/lib/wholesale/types"

export type QuickOrderState = { report?: QuickOrderReport; dryRun?: boolean; error?: string }

const MAX_FILE = 2 * 1024 * 1024
const FILE_TYPES = /\.(csv|xlsx)$/i

/** The quick-order form: pasted "SKU 数量" lines or a CSV/XLSX file, checked only or added to the cart. */
export async function submitQuickOrder(_prev: QuickOrderState, data: FormData): Promise<QuickOrderState> {
  const locale = toLocale(String(data.get("locale") ?? ""))
  const t = await getTranslations({ locale, namespace: "QuickOrder" })
  const token = await getToken()
  if (!token) redirectTo("/sign-in", locale)
  const dryRun = data.get("intent") === "check"
  const text = String(data.get("text") ?? "").trim()
  const file = data.get("file")
  const hasFile = file instanceof File && file.size > 0
  if (!text && !hasFile) return { error: t("empty") }
  if (hasFile && !FILE_TYPES.test(file.name)) return { error: t("fileType") }
  if (hasFile && file.size > MAX_FILE) return { error: t("fileTooLarge") }

  // Keep filling the dealer's open cart; without one the backend creates it.
  const cartId = (await getCart())?.id
  let body: { json: unknown } | { form: FormData }
  if (hasFile) {
    const form = new FormData()
    form.append("file", file, file.name)
    if (cartId) form.append("cart_id", cartId)
    form.append("dry_run", String(dryRun))
    body = { form }
  } else {
    body = { json: { text, dry_run: dryRun, ...(cartId && { cart_id: cartId }) } }
  }
  const res = await backend<QuickOrderReport>("/store/quick-order", { ...body, method: "POST", token, locale }).catch(
    () => null
  )
  if (res?.status === 401) redirectTo("/sign-in", locale)
  if (!res) return { error: t("unavailable") }
  if (!res.ok) return { error: res.error.message || t("unavailable") }
  if (!dryRun && res.data.cart_id) {
    await setCartId(res.data.cart_id)
    revalidatePath("/[locale]", "layout")
  }
  return { report: { added: res.data.added ?? [], rejected: res.data.rejected ?? [], cart_id: res.data.cart_id }, dryRun }
}
