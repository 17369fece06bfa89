"use server"

import { revalidatePath } from "next/cache"
import { getTranslations } from "next-intl/server"
import { toLocale } from "@/i18n/routing"
import { backend } from "@/lib/auth/backend"
import { redirectTo } from "@/lib/auth/redirect"
import { getToken } from "@/lib/auth/session"
import { MAX_CASE_PHOTOS, parsePayload } from "@/lib/after-sales-rules"
import type { AfterSalesCase } from "@/lib/after-sales-types"

export type CaseActionResult = { error?: string; caseId?: string }

// What the backend takes (docs/after-sales-api.md); checked here so a bad file fails before the upload.
const PHOTO_TYPES = ["image/jpeg", "image/png", "application/pdf"]
const PHOTO_MAX_BYTES = 5 * 1024 * 1024

/**
 * 申请售后. `data` carries `payload` (the request as JSON) and any `photos`;
 * multipart goes out only with photos, JSON otherwise, as the backend takes
 * both. Refusals come back in the page's language (Accept-Language) and are
 * shown as the backend words them (quantity_exceeds_received names the line).
 */
export async function requestAfterSales(rawLocale: string, data: FormData): Promise<CaseActionResult> {
  const locale = toLocale(rawLocale)
  const token = await getToken()
  if (!token) redirectTo("/sign-in", locale)
  const t = await getTranslations({ locale, namespace: "AfterSales.errors" })

  const payload = parsePayload(data.get("payload"))
  if (!payload) return { error: t("unavailable") }
  const photos = data.getAll("photos").filter((f): f is File => f instanceof File && f.size > 0)
  if (photos.length > MAX_CASE_PHOTOS) return { error: t("tooManyPhotos", { max: MAX_CASE_PHOTOS }) }
  if (photos.some((f) => f.size > PHOTO_MAX_BYTES)) return { error: t("photoTooLarge") }
  if (photos.some((f) => f.type && !PHOTO_TYPES.includes(f.type))) return { error: t("photoType") }
  if (!payload.reason) return { error: t("reasonRequired") }
  // What was received is the backend's to know (quantity_exceeds_received); only the shape is checked here.
  const badQuantity = payload.lines.length === 0 || payload.lines.some((l) => !Number.isInteger(l.quantity) || l.quantity < 1)
  const badPhoto = payload.lines.some((l) => (l.photos ?? []).some((i) => !Number.isInteger(i) || i < 0 || i >= photos.length))
  if (badQuantity || badPhoto) return { error: t("unavailable") }

  let body: { form: FormData } | { json: unknown }
  if (photos.length) {
    const form = new FormData()
    form.append("payload", JSON.stringify(payload))
    for (const photo of photos) form.append("photos", photo, photo.name)
    body = { form }
  } else {
    body = { json: payload }
  }
  const res = await backend<{ case: AfterSalesCase }>("/store/after-sales", { ...body, method: "POST", token, locale }).catch(() => null)
  if (res?.status === 401) redirectTo("/sign-in", locale)
  if (!res) return { error: t("unavailable") }
  if (!res.ok) return { error: res.error.message || t("unavailable") }
  // The list gains a case and the order's requestable quantities shrink.
  revalidatePath("/[locale]/account", "layout")
  return { caseId: res.data.case.id }
}

/** 撤销申请: only while the case is 待处理 (the backend answers 409 case_not_open otherwise). */
export async function cancelAfterSales(rawLocale: string, id: string): Promise<CaseActionResult> {
  const locale = toLocale(rawLocale)
  const token = await getToken()
  if (!token) redirectTo("/sign-in", locale)
  const t = await getTranslations({ locale, namespace: "AfterSales.errors" })
  const res = await backend<{ case: AfterSalesCase }>(`/store/after-sales/${encodeURIComponent(id)}/cancel`, { json: {}, token, locale }).catch(() => null)
  if (res?.status === 401) redirectTo("/sign-in", locale)
  if (!res) return { error: t("unavailable") }
  if (!res.ok) return { error: res.error.message || t("unavailable") }
  revalidatePath("/[locale]/account", "layout")
  return { caseId: id }
}
