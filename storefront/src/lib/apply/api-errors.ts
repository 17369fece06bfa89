// Build fails if a client component imports this (Next aliases the module itself).
import "server-only"
import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import type { ApiError } from "@/lib/auth/backend"
import { TEXT_FIELDS, type ApplyField, type TextField } from "./fields"

// Refusals without a `field` that still belong next to one input.
const FIELD_OF_CODE: Record<string, ApplyField> = {
  uscc_taken: "uscc",
  already_dealer: "email",
  license_missing: "license",
  license_type: "license",
  license_too_large: "license",
}

const isTextField = (f: string): f is TextField => (TEXT_FIELDS as readonly string[]).includes(f)

/**
 * Places a backend refusal: next to its field when it names one, else on the
 * form. "required" is re-worded here because the backend's English message
 * carries the Chinese field name.
 */
export async function placeApiError(
  error: ApiError,
  locale: Locale
): Promise<{ field?: ApplyField; message: string }> {
  const t = await getTranslations({ locale, namespace: "Apply" })
  const field = (error.field && (isTextField(error.field) || error.field === "license") ? error.field : undefined) ??
    FIELD_OF_CODE[error.code ?? ""]
  if (error.code === "required" && field) {
    return { field, message: field === "license" ? t("errors.licenseMissing") : t("errors.required", { field: t(`fields.${field}`) }) }
  }
  if (error.code === "already_dealer") return { field: "email", message: t("errors.emailTaken") }
  return { field, message: error.message || t("errors.unavailable") }
}
