"use client"

import { useState, type FormEvent } from "react"
import { useTranslations } from "next-intl"
import { isEmail, isPhone } from "@/lib/validation"
import TextField from "./TextField"
import PasswordField from "./PasswordField"
import SubmitButton from "./SubmitButton"

export type PasswordSignInValues = { account: string; password: string }
type Errors = Partial<Record<keyof PasswordSignInValues, string>>

// Presentation + validation only: what "sign in" does is the caller's onSubmit,
// so the same form serves today's shell and tomorrow's real dealer auth.
export default function PasswordSignInForm({
  onSubmit,
}: {
  onSubmit: (values: PasswordSignInValues) => void | Promise<void>
}) {
  const t = useTranslations("SignIn")
  const [errors, setErrors] = useState<Errors>({})
  const [pending, setPending] = useState(false)

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const values = { account: String(data.get("account") ?? "").trim(), password: String(data.get("password") ?? "") }
    const next: Errors = {}
    if (!values.account) next.account = t("errors.accountRequired")
    else if (!isEmail(values.account) && !isPhone(values.account)) next.account = t("errors.accountInvalid")
    if (!values.password) next.password = t("errors.passwordRequired")
    setErrors(next)
    if (Object.keys(next).length) return
    setPending(true)
    try {
      await onSubmit(values)
    } finally {
      setPending(false)
    }
  }

  // method="post": a submit before hydration must not put the password in the URL.
  return (
    <form noValidate method="post" onSubmit={handleSubmit} className="flex flex-col gap-4" data-testid="password-form">
      <TextField
        id="signin-account"
        name="account"
        label={t("account")}
        placeholder={t("accountPlaceholder")}
        autoComplete="username"
        inputMode="email"
        error={errors.account}
      />
      <PasswordField
        id="signin-password"
        name="password"
        label={t("password")}
        placeholder={t("passwordPlaceholder")}
        autoComplete="current-password"
        error={errors.password}
      />
      <SubmitButton label={t("submit")} pending={pending} />
    </form>
  )
}
