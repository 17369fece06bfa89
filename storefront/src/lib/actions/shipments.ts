"use server"

import { revalidatePath } from "next/cache"
import { getTranslations } from "next-intl/server"
import { toLocale } from "@/i18n/routing"
import { backend } from "@/lib/auth/backend"
import { redirectTo } from "@/lib/auth/redirect"
import { getToken } from "@/lib/auth/session"
import { MAX_PHOTOS, parseLines } from "@/lib/shipments/receipt"
import type { Shipment } from "@/lib/shipments/types"

export type ReceiptActionResult = { error?: string; shipment?: Shipment }

// What the backend takes (docs/logistics-api.md); checked here so a bad file fails before the upload.
const PHOTO_TYPES = ["image/jpeg", "image/png", "application/pdf"]
const PHOTO_MAX_BYTES = 5 * 1024 * 1024

/**
 * 验收: the dealer's check of one package. `data` carries `lines` (JSON) and
 * any `photos`; multipart goes through only when there are photos, JSON
 * otherwise, as the backend accepts both. Refusals come back in the page's
 * language (Accept-Language) and are shown as the backend words them.
 */
export async function confirmReceipt(rawLocale: string, orderId: string, shipmentId: string, data: FormData): Promise<ReceiptActionResult> {
  const locale = toLocale(rawLocale)
  const token = await getToken()
  if (!token) redirectTo("/sign-in", locale)
  const t = await getTranslations({ locale, namespace: "Shipments.errors" })

  const lines = parseLines(data.get("lines"))
  if (!lines) return { error: t("unavailable") }
  const photos = data.getAll("photos").filter((f): f is File => f instanceof File && f.size > 0)
  if (photos.length > MAX_PHOTOS) return { error: t("tooManyPhotos", { max: MAX_PHOTOS }) }
  if (photos.some((f) => f.size > PHOTO_MAX_BYTES)) return { error: t("photoTooLarge") }
  if (photos.some((f) => f.type && !PHOTO_TYPES.includes(f.type))) return { error: t("photoType") }
  // What was shipped is the backend's to know (it answers received_exceeds_shipped); only the shape is checked here.
  const badQuantity = lines.some((l) => !Number.isInteger(l.received) || l.received < 0)
  const badPhoto = lines.some((l) => (l.photos ?? []).some((i) => !Number.isInteger(i) || i < 0 || i >= photos.length))
  if (badQuantity || badPhoto) return { error: t("unavailable") }

  let body: { form: FormData } | { json: unknown }
  if (photos.length) {
    const form = new FormData()
    form.append("lines", JSON.stringify(lines))
    for (const photo of photos) form.append("photos", photo, photo.name)
    body = { form }
  } else {
    body = { json: { lines } }
  }
  const path = `/store/dealer-orders/${encodeURIComponent(orderId)}/shipments/${encodeURIComponent(shipmentId)}/receipt`
  const res = await backend<{ shipment: Shipment }>(path, { ...body, method: "POST", token, locale }).catch(() => null)
  if (res?.status === 401) redirectTo("/sign-in", locale)
  if (!res) return { error: t("unavailable") }
  if (!res.ok) return { error: res.error.message || t("unavailable") }
  // The card re-renders as 已验收, and the order's status may have moved (received, completed).
  revalidatePath("/[locale]/account", "layout")
  return { shipment: res.data.shipment }
}
