import type { useTranslations } from "next-intl"
import type { ApplyField } from "./fields"
import type { ApplyErrorKey } from "./validate"

/** The "Apply" translator, from useTranslations or getTranslations alike. */
export type ApplyTranslator = ReturnType<typeof useTranslations<"Apply">>

/** Turns validateApplication's keys into messages. */
export function errorMessages(
  errors: Partial<Record<ApplyField, ApplyErrorKey>>,
  t: ApplyTranslator
): Partial<Record<ApplyField, string>> {
  const out: Partial<Record<ApplyField, string>> = {}
  for (const [field, key] of Object.entries(errors) as [ApplyField, ApplyErrorKey][]) {
    out[field] = key === "required" ? t("errors.required", { field: t(`fields.${field}`) }) : t(`errors.${key}`)
  }
  return out
}
