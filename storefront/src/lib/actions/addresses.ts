"use server"

import { revalidatePath } from "next/cache"
import { getTranslations } from "next-intl/server"
import { toLocale } from "@/i18n/routing"
import { backend } from "@/lib/auth/backend"
import { redirectTo } from "@/lib/auth/redirect"
import { getToken } from "@/lib/auth/session"
import type { Address, AddressInput } from "@/lib/addresses/types"
import { parseAddressRefusal, validateAddress, type AddressErrors } from "@/lib/addresses/validate"
import { isPhone, normalizePhone } from "@/lib/validation"

export type AddressResult = { ok: true; address?: Address } | { ok: false; error?: string; fields?: AddressErrors }

const path = (id?: string) => `/store/dealers/me/addresses${id ? `/${encodeURIComponent(id)}` : ""}`

/** Both pages that show the address book re-render with the backend's list. */
function refresh() {
  revalidatePath("/[locale]/account/addresses", "page")
  revalidatePath("/[locale]/checkout", "page")
}

async function call(
  rawLocale: string,
  req: { path: string; method: "POST" | "DELETE"; json?: unknown }
): Promise<AddressResult> {
  const locale = toLocale(rawLocale)
  const t = await getTranslations({ locale, namespace: "Addresses" })
  const token = await getToken()
  if (!token) redirectTo("/sign-in", locale)
  const res = await backend<{ address?: Address }>(req.path, { ...req, token, locale }).catch(() => null)
  if (res?.status === 401) redirectTo("/sign-in", locale)
  if (!res) return { ok: false, error: t("unavailable") }
  if (!res.ok) {
    const fields = res.status === 400 ? parseAddressRefusal(res.error.message) : {}
    if (Object.keys(fields).length) return { ok: false, fields }
    return { ok: false, error: res.error.message || t("unavailable") }
  }
  refresh()
  return { ok: true, address: res.data.address }
}

/** Adds an address (id null) or changes one; the fields are checked here as well as in the form. */
export async function saveAddress(locale: string, id: string | null, input: AddressInput): Promise<AddressResult> {
  const fields = validateAddress(input)
  if (Object.keys(fields).length) return { ok: false, fields }
  const json = {
    contact_name: input.contact_name.trim(),
    // Mobiles are stored as 11 bare digits, however they were pasted; landlines keep their dash.
    phone: isPhone(input.phone) ? normalizePhone(input.phone) : input.phone.trim(),
    province: input.province.trim(),
    city: input.city.trim(),
    district: input.district.trim(),
    address: input.address.trim(),
    postal_code: input.postal_code.trim() || null,
    ...(input.is_default !== undefined && { is_default: input.is_default }),
  }
  return call(locale, { path: path(id ?? undefined), method: "POST", json })
}

export async function setDefaultAddress(locale: string, id: string): Promise<AddressResult> {
  return call(locale, { path: path(id), method: "POST", json: { is_default: true } })
}

export async function deleteAddress(locale: string, id: string): Promise<AddressResult> {
  return call(locale, { path: path(id), method: "DELETE" })
}
