"use server"

import { revalidatePath } from "next/cache"
import { getTranslations } from "next-intl/server"
import { toLocale } from "@/i18n/routing"
import { backend, type ApiResult } from "@/lib/auth/backend"
import { redirectTo } from "@/lib/auth/redirect"
import { getToken } from "@/lib/auth/session"
import { parseAmount, slipProblem } from "@/lib/credit/slip-file"
import type { Slip } from "@/lib/credit/types"

export type PaymentActionResult = { error?: string; slip?: Slip }

const orderPath = (id: string, rest: string) => `/store/dealer-orders/${encodeURIComponent(id)}${rest}`

/** The backend's refusal, already in the dealer's language (Accept-Language), or a generic one. */
async function outcome<T>(rawLocale: string, res: ApiResult<T> | null): Promise<{ error: string } | { data: T }> {
  const locale = toLocale(rawLocale)
  if (res?.status === 401) redirectTo("/sign-in", locale)
  const t = await getTranslations({ locale, namespace: "SlipForm.errors" })
  if (!res) return { error: t("unavailable") }
  if (!res.ok) return { error: res.error.message || t("unavailable") }
  return { data: res.data }
}

/** The picked file, checked as the form checks it (a request can skip the form). */
async function slipFile(rawLocale: string, data: FormData): Promise<{ file: File } | { error: string }> {
  const t = await getTranslations({ locale: toLocale(rawLocale), namespace: "SlipForm.errors" })
  const raw = data.get("file")
  const file = raw instanceof File && raw.size > 0 ? raw : null
  const problem = slipProblem(file)
  if (problem === "missing" || !file) return { error: t("fileMissing") }
  if (problem === "tooLarge") return { error: t("fileTooLarge") }
  if (problem === "extension") return { error: t("fileType") }
  return { file }
}

function multipart(file: File, payerName: FormDataEntryValue | null, extra: Record<string, string> = {}): FormData {
  const form = new FormData()
  form.append("file", file, file.name)
  const payer = typeof payerName === "string" ? payerName.trim().slice(0, 80) : ""
  if (payer) form.append("payer_name", payer)
  for (const [k, v] of Object.entries(extra)) form.append(k, v)
  return form
}

/** 账期 or 预存款: the backend charges under a lock and answers with the paid order. */
export async function payOrder(locale: string, id: string, method: "on_account" | "prepaid"): Promise<PaymentActionResult> {
  const token = await getToken()
  if (!token) redirectTo("/sign-in", toLocale(locale))
  const res = await backend(orderPath(id, "/pay"), { json: { method }, token, locale }).catch(() => null)
  const out = await outcome(locale, res)
  if ("error" in out) return out
  revalidatePath("/[locale]/account", "layout")
  return {}
}

/** 银行转账: the remittance slip for the order's total; finance confirms it in the admin. */
export async function sendOrderSlip(locale: string, id: string, data: FormData): Promise<PaymentActionResult> {
  const token = await getToken()
  if (!token) redirectTo("/sign-in", toLocale(locale))
  const picked = await slipFile(locale, data)
  if ("error" in picked) return picked
  const form = multipart(picked.file, data.get("payer_name"))
  const res = await backend<{ slip: Slip }>(orderPath(id, "/slips"), { form, token, locale }).catch(() => null)
  const out = await outcome(locale, res)
  if ("error" in out) return out
  revalidatePath("/[locale]/account", "layout")
  return { slip: out.data.slip }
}

/** 预存款充值: a transfer's slip with its amount; added to the balance once finance confirms it. */
export async function sendTopUp(locale: string, data: FormData): Promise<PaymentActionResult> {
  const token = await getToken()
  if (!token) redirectTo("/sign-in", toLocale(locale))
  const amount = parseAmount(data.get("amount"))
  if (amount === null) {
    const t = await getTranslations({ locale: toLocale(locale), namespace: "SlipForm.errors" })
    return { error: t("amount") }
  }
  const picked = await slipFile(locale, data)
  if ("error" in picked) return picked
  const form = multipart(picked.file, data.get("payer_name"), { amount: amount.toFixed(2) })
  const res = await backend<{ slip: Slip }>("/store/credit/topups", { form, token, locale }).catch(() => null)
  // The backend answers a refused amount with its bare zod code ("amount: amount_invalid"), not a sentence.
  if (res && !res.ok && /amount_invalid/.test(res.error.message ?? "")) {
    const t = await getTranslations({ locale: toLocale(locale), namespace: "SlipForm.errors" })
    return { error: t("amount") }
  }
  const out = await outcome(locale, res)
  if ("error" in out) return out
  revalidatePath("/[locale]/account", "layout")
  return { slip: out.data.slip }
}
