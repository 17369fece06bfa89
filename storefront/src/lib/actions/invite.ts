"use server"

import { getTranslations } from "next-intl/server"
import { toLocale, type Locale } from "@/i18n/routing"
import { backend } from "@/lib/auth/backend"
import { redirectTo } from "@/lib/auth/redirect"
import { getToken, setToken } from "@/lib/auth/session"
import { isEmail, normalizePhone } from "@/lib/validation"

type Token = { token: string }
export type InviteAcceptState = { error?: string; signInFirst?: boolean; values?: { email: string; name: string; phone: string } }

/** POST /store/dealer-invitations/accept with the given login; the API's message when it refuses. */
async function accept(locale: Locale, authToken: string, body: { token: string; first_name?: string; phone?: string }) {
  const res = await backend("/store/dealer-invitations/accept", { json: body, token: authToken, locale })
  return res.ok ? null : res.error.message || null
}

/** A new login for the invitee: register, accept with the registration token, then sign in. */
export async function registerAndAccept(_prev: InviteAcceptState, data: FormData): Promise<InviteAcceptState> {
  const locale = toLocale(String(data.get("locale") ?? ""))
  const t = await getTranslations({ locale, namespace: "Invite.errors" })
  const token = String(data.get("token") ?? "")
  const email = String(data.get("email") ?? "").trim()
  const password = String(data.get("password") ?? "")
  const name = String(data.get("name") ?? "").trim()
  const phone = String(data.get("phone") ?? "").trim()
  const values = { email, name, phone }
  const refuse = (error: string, signInFirst = false): InviteAcceptState => ({ error, signInFirst, values })

  if (!isEmail(email)) return refuse(t("emailInvalid"))
  if (password.length < 8) return refuse(t("passwordShort"))
  if (password !== String(data.get("confirm") ?? "")) return refuse(t("confirmMismatch"))
  if (!name) return refuse(t("nameRequired"))

  try {
    const registered = await backend<Token>("/auth/customer/emailpass/register", { json: { email, password }, locale })
    if (!registered.ok) {
      const exists = registered.status === 401 && /exist/i.test(registered.error.message ?? "")
      return exists ? refuse(t("identityExists"), true) : refuse(registered.error.message || t("unavailable"))
    }
    const body = { token, first_name: name, ...(phone && { phone: normalizePhone(phone) }) }
    const refused = await accept(locale, registered.data.token, body)
    if (refused) return refuse(refused)
  } catch {
    return refuse(t("unavailable"))
  }

  // The registration token names no customer; a fresh sign-in does.
  const session = await backend<Token>("/auth/customer/emailpass", { json: { email, password }, locale }).catch(() => null)
  if (!session?.ok) redirectTo("/sign-in", locale)
  await setToken(session.data.token)
  redirectTo("/account", locale)
}

/** The visitor is already signed in: accept with the session's login. */
export async function acceptSignedIn(_prev: InviteAcceptState, data: FormData): Promise<InviteAcceptState> {
  const locale = toLocale(String(data.get("locale") ?? ""))
  const t = await getTranslations({ locale, namespace: "Invite.errors" })
  const session = await getToken()
  if (!session) redirectTo("/sign-in", locale)
  const refused = await accept(locale, session, { token: String(data.get("token") ?? "") }).catch(() => t("unavailable"))
  if (refused) return { error: refused }
  redirectTo("/account", locale)
}
