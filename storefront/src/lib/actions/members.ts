"use server"

import { revalidatePath } from "next/cache"
import { getTranslations } from "next-intl/server"
import { toLocale } from "@/i18n/routing"
import { backend } from "@/lib/auth/backend"
import type { MemberRole } from "@/lib/auth/dealer"
import { redirectTo } from "@/lib/auth/redirect"
import { getToken } from "@/lib/auth/session"
import { normalizePhone } from "@/lib/validation"

export type MemberActionResult = { error?: string }
export type InviteState = { error?: string; acceptUrl?: string }

/** One owner-only call; the API's own (localised) message is shown when it refuses. */
async function call<T>(
  rawLocale: string,
  path: string,
  method: "POST" | "DELETE",
  json?: unknown
): Promise<{ error: string } | { data: T }> {
  const locale = toLocale(rawLocale)
  const t = await getTranslations({ locale, namespace: "Members" })
  const token = await getToken()
  if (!token) redirectTo("/sign-in", locale)
  const res = await backend<T>(path, { method, json, token, locale }).catch(() => null)
  if (res?.status === 401) redirectTo("/sign-in", locale)
  if (!res) return { error: t("unavailable") }
  if (!res.ok) return { error: res.error.message || t("unavailable") }
  revalidatePath("/[locale]/account/members", "page")
  return { data: res.data }
}

export async function changeMemberRole(locale: string, id: string, role: MemberRole): Promise<MemberActionResult> {
  const res = await call(locale, `/store/dealers/me/members/${encodeURIComponent(id)}`, "POST", { role })
  return { error: "error" in res ? res.error : undefined }
}

export async function removeMember(locale: string, id: string): Promise<MemberActionResult> {
  const res = await call(locale, `/store/dealers/me/members/${encodeURIComponent(id)}`, "DELETE")
  return { error: "error" in res ? res.error : undefined }
}

export async function revokeInvitation(locale: string, id: string): Promise<MemberActionResult> {
  const res = await call(locale, `/store/dealers/me/invitations/${encodeURIComponent(id)}`, "DELETE")
  return { error: "error" in res ? res.error : undefined }
}

export async function inviteMember(_prev: InviteState, data: FormData): Promise<InviteState> {
  const locale = toLocale(String(data.get("locale") ?? ""))
  const t = await getTranslations({ locale, namespace: "Invite" })
  const email = String(data.get("email") ?? "").trim()
  const phone = String(data.get("phone") ?? "").trim()
  const role = String(data.get("role") ?? "buyer")
  if (!email && !phone) return { error: t("targetRequired") }
  const body = { role, ...(email && { email }), ...(phone && { phone: normalizePhone(phone) }) }
  const res = await call<{ accept_url: string }>(locale, "/store/dealers/me/invitations", "POST", body)
  return "data" in res ? { acceptUrl: res.data.accept_url } : { error: res.error }
}
