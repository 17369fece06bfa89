"use server"

import { getTranslations } from "next-intl/server"
import { redirectTo } from "@/lib/auth/redirect"
import { toLocale } from "@/i18n/routing"
import { backend } from "@/lib/auth/backend"
import { getToken } from "@/lib/auth/session"
import { placeApiError } from "@/lib/apply/api-errors"
import { TEXT_FIELDS } from "@/lib/apply/fields"
import { errorMessages } from "@/lib/apply/messages"
import { validateApplication } from "@/lib/apply/validate"
import type { FormState } from "@/lib/apply/form-state"
import { readFile, readTextFields } from "@/lib/apply/read-form"

/** The owner corrects the application after staff asked for more information. */
export async function resubmitApplication(_prev: FormState, data: FormData): Promise<FormState> {
  const locale = toLocale(String(data.get("locale") ?? ""))
  const t = await getTranslations({ locale, namespace: "Apply" })
  const values = readTextFields(data)
  const note = String(data.get("note") ?? "").trim()
  const license = readFile(data, "license")
  const refuse = (errors: FormState["errors"], formError = t("errors.checkFields")): FormState => ({ errors, formError, values })

  const token = await getToken()
  if (!token) redirectTo("/sign-in", locale)

  // Every field is prefilled, so an empty one was cleared on purpose: say so
  // rather than silently keeping the old value.
  const errors = errorMessages(validateApplication({ values, license, resubmit: true }), t)
  if (Object.keys(errors).length) return refuse(errors)

  const form = new FormData()
  for (const field of TEXT_FIELDS) form.append(field, values[field]!)
  if (note) form.append("note", note)
  if (license) form.append("license", license, license.name)
  const res = await backend("/store/dealers/me/resubmit", { form, token, locale }).catch(() => null)
  if (!res) return refuse({}, t("errors.unavailable"))
  if (res.status === 401) redirectTo("/sign-in", locale)
  if (!res.ok) {
    const placed = await placeApiError(res.error, locale)
    return placed.field ? refuse({ [placed.field]: placed.message }) : refuse({}, placed.message)
  }
  // Re-render the account page from the server: the status is now "pending".
  redirectTo("/account", locale)
}
