"use server"

import { getTranslations } from "next-intl/server"
import { redirectTo } from "@/lib/auth/redirect"
import { toLocale, type Locale } from "@/i18n/routing"
import { backend } from "@/lib/auth/backend"
import { setToken } from "@/lib/auth/session"
import { placeApiError } from "@/lib/apply/api-errors"
import { TEXT_FIELDS } from "@/lib/apply/fields"
import { errorMessages } from "@/lib/apply/messages"
import { validateApplication } from "@/lib/apply/validate"
import type { FormState } from "@/lib/apply/form-state"
import { readFile, readTextFields } from "@/lib/apply/read-form"

type Token = { token: string }
type Errors = FormState["errors"]

/**
 * A login for the applicant. A failed earlier attempt may already have
 * registered this e-mail (the application is refused after registration):
 * the same password then signs in and the application is simply retried.
 */
async function loginForApplication(email: string, password: string, locale: Locale) {
  const registered = await backend<Token>("/auth/customer/emailpass/register", { json: { email, password }, locale })
  if (registered.ok) return { token: registered.data.token }
  const exists = registered.status === 401 && /exist/i.test(registered.error.message ?? "")
  if (!exists) return { failed: registered.error.message ?? null }
  const login = await backend<Token>("/auth/customer/emailpass", { json: { email, password }, locale })
  return login.ok ? { token: login.data.token } : { taken: true as const }
}

export async function submitApplication(_prev: FormState, data: FormData): Promise<FormState> {
  const locale = toLocale(String(data.get("locale") ?? ""))
  const t = await getTranslations({ locale, namespace: "Apply" })
  const values = readTextFields(data)
  const password = String(data.get("password") ?? "")
  const confirm = String(data.get("confirm") ?? "")
  const license = readFile(data, "license")
  const refuse = (errors: Errors, extra: Partial<FormState> = {}): FormState => ({
    errors,
    formError: extra.formError ?? t("errors.checkFields"),
    ...extra,
    values,
  })

  // The same checks as the form, repeated because a request can skip the form.
  // The USCC is left to the backend: it decides what a valid code is.
  const errors = errorMessages(validateApplication({ values, password, confirm, license }), t)
  if (Object.keys(errors).length) return refuse(errors)

  const email = values.email!
  try {
    const login = await loginForApplication(email, password, locale)
    if ("taken" in login) return refuse({ email: t("errors.emailTaken") }, { emailTaken: true })
    if (!("token" in login)) return refuse({}, { formError: login.failed || t("errors.unavailable") })

    const form = new FormData()
    for (const field of TEXT_FIELDS) form.append(field, values[field]!)
    form.append("license", license!, license!.name)
    const applied = await backend("/store/dealer-applications", { form, token: login.token, locale })
    if (!applied.ok) {
      const placed = await placeApiError(applied.error, locale)
      if (!placed.field) return refuse({}, { formError: placed.message })
      return refuse({ [placed.field]: placed.message } as Errors, {
        emailTaken: applied.error.code === "already_dealer",
      })
    }
  } catch {
    return refuse({}, { formError: t("errors.unavailable") })
  }

  // The registration token names no customer; a fresh sign-in does.
  const session = await backend<Token>("/auth/customer/emailpass", { json: { email, password }, locale }).catch(() => null)
  if (!session?.ok) redirectTo("/sign-in", locale)
  await setToken(session.data.token)
  redirectTo("/account", locale)
}
