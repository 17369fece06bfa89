"use client"

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react"
import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { submitApplication } from "@/lib/actions/apply"
import { maxLengthOf, type ApplyField, type TextField } from "@/lib/apply/fields"
import { EMPTY_FORM_STATE } from "@/lib/apply/form-state"
import { errorMessages } from "@/lib/apply/messages"
import { readFile, readTextFields } from "@/lib/apply/read-form"
import { validateApplication } from "@/lib/apply/validate"
import FormError from "@/components/auth/FormError"
import PasswordField from "@/components/auth/PasswordField"
import SubmitButton from "@/components/auth/SubmitButton"
import FormSection from "./FormSection"
import HintedTextField from "./HintedTextField"
import LicenseField from "./LicenseField"
import UsccField from "./UsccField"

type Errors = Partial<Record<ApplyField, string>>

// Submitting goes through onSubmit rather than the form's action so React does
// not reset the form: after a refusal every entry, the chosen file included,
// is still there. Without JS the action still works (values come back).
export default function ApplyForm() {
  const t = useTranslations("Apply")
  const locale = useLocale()
  const formRef = useRef<HTMLFormElement>(null)
  const [state, formAction, pending] = useActionState(submitApplication, EMPTY_FORM_STATE)
  const [errors, setErrors] = useState<Errors>({})
  const [formError, setFormError] = useState<string | undefined>()
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])

  useEffect(() => {
    setErrors(state.errors)
    setFormError(state.formError)
  }, [state])

  // Take the user to the first problem (on a phone it is often off screen).
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [errors])

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const local = errorMessages(
      validateApplication({
        values: readTextFields(data),
        password: String(data.get("password") ?? ""),
        confirm: String(data.get("confirm") ?? ""),
        license: readFile(data, "license"),
      }),
      t
    )
    setErrors(local)
    setFormError(Object.keys(local).length ? t("errors.checkFields") : undefined)
    if (Object.keys(local).length) return
    startTransition(() => formAction(data))
  }

  // An error stays until its field is edited.
  function clearError(name: string) {
    if (!(name in errors)) return
    setErrors(({ [name as ApplyField]: _gone, ...rest }) => rest)
  }

  const text = (field: TextField, extra: Partial<Parameters<typeof HintedTextField>[0]> = {}) => (
    <HintedTextField
      id={`apply-${field}`}
      name={field}
      label={t(`fields.${field}`)}
      placeholder={t(`placeholders.${field}`)}
      defaultValue={state.values[field] ?? ""}
      maxLength={maxLengthOf(field)}
      error={errors[field]}
      {...extra}
    />
  )

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      onChange={(e) => clearError((e.target as EventTarget as { name?: string }).name ?? "")}
      noValidate
      className="flex flex-col gap-6"
      data-testid="apply-form"
      data-ready={ready ? "true" : "false"}
    >
      <input type="hidden" name="locale" value={locale} />
      <FormSection title={t("sections.company")}>
        {text("company_name", { wide: true, autoComplete: "organization" })}
        <UsccField id="apply-uscc" defaultValue={state.values.uscc} error={errors.uscc} wide />
      </FormSection>

      <FormSection title={t("sections.contact")}>
        {text("contact_name", { autoComplete: "name" })}
        {text("mobile", { type: "tel", inputMode: "tel", autoComplete: "tel-national", hint: t("hints.mobile") })}
        {text("email", { type: "email", inputMode: "email", autoComplete: "email", hint: t("hints.email"), wide: true })}
      </FormSection>

      <FormSection title={t("sections.address")} columns={3}>
        {text("province", { autoComplete: "address-level1" })}
        {text("city", { autoComplete: "address-level2" })}
        {text("district", { autoComplete: "address-level3" })}
        <div className="md:col-span-3">{text("address", { autoComplete: "street-address" })}</div>
      </FormSection>

      <FormSection title={t("sections.license")}>
        <LicenseField
          id="apply-license"
          label={t("fields.license")}
          error={errors.license}
          hideLabel
          onPick={() => clearError("license")}
        />
      </FormSection>

      <FormSection title={t("sections.login")}>
        <PasswordField
          id="apply-password"
          name="password"
          label={t("fields.password")}
          placeholder={t("placeholders.password")}
          autoComplete="new-password"
          error={errors.password}
        />
        <PasswordField
          id="apply-confirm"
          name="confirm"
          label={t("fields.confirm")}
          placeholder={t("placeholders.confirm")}
          autoComplete="new-password"
          error={errors.confirm}
        />
      </FormSection>

      <div className="flex flex-col gap-3">
        <FormError message={formError} testId="apply-error" />
        {state.emailTaken && errors.email && (
          <p className="text-sm text-gray-700">
            <Link href="/sign-in" className="inline-flex min-h-[44px] items-center font-medium text-brand-600 hover:underline">
              {t("signInLink")}
            </Link>
          </p>
        )}
        <div className="md:max-w-xs">
          <SubmitButton label={pending ? t("submitting") : t("submit")} pending={pending} />
        </div>
      </div>
    </form>
  )
}
