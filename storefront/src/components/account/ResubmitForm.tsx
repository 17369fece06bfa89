"use client"

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react"
import { useLocale, useTranslations } from "next-intl"
import { resubmitApplication } from "@/lib/actions/resubmit"
import { maxLengthOf, type ApplyField, type TextField } from "@/lib/apply/fields"
import { EMPTY_FORM_STATE } from "@/lib/apply/form-state"
import { errorMessages } from "@/lib/apply/messages"
import { readFile, readTextFields } from "@/lib/apply/read-form"
import { validateApplication } from "@/lib/apply/validate"
import type { Dealer } from "@/lib/auth/dealer"
import FormError from "@/components/auth/FormError"
import SubmitButton from "@/components/auth/SubmitButton"
import FormSection from "@/components/apply/FormSection"
import HintedTextField from "@/components/apply/HintedTextField"
import LicenseField from "@/components/apply/LicenseField"
import UsccField from "@/components/apply/UsccField"

type Errors = Partial<Record<ApplyField, string>>

// The application form again, prefilled, for an owner whose application the
// reviewer sent back. Like ApplyForm it submits via onSubmit so nothing resets.
export default function ResubmitForm({ dealer }: { dealer: Dealer }) {
  const t = useTranslations("Apply")
  const tr = useTranslations("Account.resubmit")
  const locale = useLocale()
  const formRef = useRef<HTMLFormElement>(null)
  const [state, formAction, pending] = useActionState(resubmitApplication, EMPTY_FORM_STATE)
  const [errors, setErrors] = useState<Errors>({})
  const [formError, setFormError] = useState<string | undefined>()

  useEffect(() => {
    setErrors(state.errors)
    setFormError(state.formError)
  }, [state])

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [errors])

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const local = errorMessages(
      validateApplication({ values: readTextFields(data), license: readFile(data, "license"), resubmit: true }),
      t
    )
    setErrors(local)
    setFormError(Object.keys(local).length ? t("errors.checkFields") : undefined)
    if (Object.keys(local).length) return
    startTransition(() => formAction(data))
  }

  const value = (field: TextField) => state.values[field] ?? dealer[field] ?? ""
  const text = (field: TextField, extra: Partial<Parameters<typeof HintedTextField>[0]> = {}) => (
    <HintedTextField
      id={`resubmit-${field}`}
      name={field}
      label={t(`fields.${field}`)}
      defaultValue={value(field)}
      maxLength={maxLengthOf(field)}
      error={errors[field]}
      {...extra}
    />
  )

  return (
    <div className="rounded-lg border border-orange-200 bg-white p-4 text-gray-900 md:p-6" data-testid="resubmit">
      <h3 className="text-base font-semibold">{tr("title")}</h3>
      <p className="mt-1 text-sm text-gray-600">{tr("hint")}</p>
      <form
        ref={formRef}
        action={formAction}
        onSubmit={onSubmit}
        noValidate
        className="mt-5 flex flex-col gap-6"
        data-testid="resubmit-form"
      >
        <input type="hidden" name="locale" value={locale} />
        <FormSection title={t("sections.company")}>
          {text("company_name", { wide: true })}
          <UsccField id="resubmit-uscc" defaultValue={value("uscc")} error={errors.uscc} wide />
        </FormSection>
        <FormSection title={t("sections.contact")}>
          {text("contact_name")}
          {text("mobile", { type: "tel", inputMode: "tel" })}
          {text("email", { type: "email", inputMode: "email", wide: true })}
        </FormSection>
        <FormSection title={t("sections.address")} columns={3}>
          {text("province")}
          {text("city")}
          {text("district")}
          <div className="md:col-span-3">{text("address")}</div>
        </FormSection>
        <FormSection title={t("sections.license")}>
          <LicenseField id="resubmit-license" label={tr("license")} error={errors.license} />
          <div className="flex flex-col gap-1.5 md:col-span-2">
            <label htmlFor="resubmit-note" className="text-sm font-medium text-gray-800">
              {tr("note")}
            </label>
            <textarea
              id="resubmit-note"
              name="note"
              rows={3}
              maxLength={500}
              placeholder={tr("notePlaceholder")}
              className="rounded-lg border border-gray-300 bg-white px-3 py-2 text-base text-gray-900 placeholder:text-gray-400 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100"
            />
          </div>
        </FormSection>
        <div className="flex flex-col gap-3">
          <FormError message={formError} testId="resubmit-error" />
          <div className="md:max-w-xs">
            <SubmitButton label={tr("submit")} pending={pending} />
          </div>
        </div>
      </form>
    </div>
  )
}
