"use server"

import { getTranslations } from "next-intl/server"
import { redirectTo } from "@/lib/auth/redirect"
import { toLocale } from "@/i18n/routing"
import { backend } from "@/lib/auth/backend"
import { clearToken, hasActor, setToken } from "@/lib/auth/session"
import { clearCartId } from "@/lib/cart/cookie"
import { isEmail, isPhone, isSmsCode, normalizePhone } from "@/lib/validation"

export type SignInResult = { error: string }
export type SendCodeResult = { ok: true; resendAfter: number } | { ok: false; error: string; retryAfter?: number }

const authErrors = (locale: string) => getTranslations({ locale: toLocale(locale), namespace: "Auth.errors" })

/** Keeps the customer token in the cookie and goes to the account page. */
async function finishSignIn(token: string, locale: string): Promise<SignInResult> {
  const t = await authErrors(locale)
  // An identity that never applied has no customer: nothing to show it.
  if (!hasActor(token)) return { error: t("noApplication") }
  await setToken(token)
  redirectTo("/account", toLocale(locale))
}

export async function signInWithPassword(rawLocale: string, account: string, password: string): Promise<SignInResult> {
  const locale = toLocale(rawLocale)
  const t = await authErrors(locale)
  const email = account.trim()
  // The backend has no phone + password login; phone numbers sign in by SMS code.
  if (isPhone(email) && !isEmail(email)) return { error: t("usePhoneSms") }
  if (!isEmail(email) || !password) return { error: t("wrongPassword") }
  const res = await backend<{ token: string }>("/auth/customer/emailpass", { json: { email, password }, locale }).catch(
    () => null
  )
  if (res?.ok && res.data.token) return finishSignIn(res.data.token, locale)
  if (res?.status === 401 || res?.status === 400) return { error: t("wrongPassword") }
  return { error: t("unavailable") }
}

export async function sendSmsCode(rawLocale: string, phone: string): Promise<SendCodeResult> {
  const locale = toLocale(rawLocale)
  const t = await authErrors(locale)
  try {
    const res = await backend<{ sent: boolean; resend_after?: number }>("/store/sms-codes", {
      json: { phone: normalizePhone(phone) },
      locale,
    })
    if (res.ok) return { ok: true, resendAfter: res.data.resend_after ?? 60 }
    if (res.status >= 400 && res.status < 500 && res.error.message) {
      return { ok: false, error: res.error.message, retryAfter: res.error.retry_after }
    }
    return { ok: false, error: t("unavailable") }
  } catch {
    return { ok: false, error: t("unavailable") }
  }
}

const OTP_ERRORS: Record<string, "codeExpired" | "codeLocked"> = {
  "Code expired": "codeExpired",
  "Too many wrong codes": "codeLocked",
}

export async function signInWithSmsCode(rawLocale: string, phone: string, code: string): Promise<SignInResult> {
  const locale = toLocale(rawLocale)
  const t = await authErrors(locale)
  if (!isPhone(phone) || !isSmsCode(code)) return { error: t("codeWrong") }
  const res = await backend<{ token: string }>("/auth/customer/phone-otp", {
    json: { phone: normalizePhone(phone), code: code.trim() },
    locale,
  }).catch(() => null)
  if (res?.ok && res.data.token) return finishSignIn(res.data.token, locale)
  if (res && !res.ok && (res.status === 401 || res.status === 400)) {
    return { error: t(OTP_ERRORS[res.error.message ?? ""] ?? "codeWrong") }
  }
  return { error: t("unavailable") }
}

export async function signOut(rawLocale: string): Promise<void> {
  await clearToken()
  // The next person to sign in on this browser must not inherit this dealer's cart.
  await clearCartId()
  redirectTo("/", toLocale(rawLocale))
}
