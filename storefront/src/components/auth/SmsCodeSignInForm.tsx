"use client"

import { useRef, useState, type FormEvent } from "react"
import { useTranslations } from "next-intl"
import { isPhone, isSmsCode, normalizePhone } from "@/lib/validation"
import TextField from "./TextField"
import SendCodeButton from "./SendCodeButton"
import SubmitButton from "./SubmitButton"

export type SmsSignInValues = { phone: string; code: string }
type Errors = Partial<Record<keyof SmsSignInValues, string>>

type Props = {
  onSubmit: (values: SmsSignInValues) => void | Promise<void>
  /** Resolve true if a code was sent (starts the resend cooldown), or the cooldown in seconds. */
  onSendCode: (phone: string) => Promise<boolean | number> | boolean | number
}

export default function SmsCodeSignInForm({ onSubmit, onSendCode }: Props) {
  const t = useTranslations("SignIn")
  const phoneRef = useRef<HTMLInputElement>(null)
  const [errors, setErrors] = useState<Errors>({})
  const [pending, setPending] = useState(false)

  function phoneError(raw: string): string | undefined {
    if (!raw.trim()) return t("errors.phoneRequired")
    if (!isPhone(raw)) return t("errors.phoneInvalid")
  }

  async function handleSendCode(): Promise<boolean | number> {
    const raw = phoneRef.current?.value ?? ""
    const error = phoneError(raw)
    setErrors((e) => ({ ...e, phone: error }))
    if (error) {
      phoneRef.current?.focus()
      return false
    }
    return onSendCode(normalizePhone(raw))
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const phone = String(data.get("phone") ?? "")
    const code = String(data.get("code") ?? "").trim()
    const next: Errors = { phone: phoneError(phone) }
    if (!code) next.code = t("errors.codeRequired")
    else if (!isSmsCode(code)) next.code = t("errors.codeInvalid")
    setErrors(next)
    if (next.phone || next.code) return
    setPending(true)
    try {
      await onSubmit({ phone: normalizePhone(phone), code })
    } finally {
      setPending(false)
    }
  }

  return (
    <form noValidate method="post" onSubmit={handleSubmit} className="flex flex-col gap-4" data-testid="sms-form">
      <TextField
        ref={phoneRef}
        id="signin-phone"
        name="phone"
        type="tel"
        label={t("phone")}
        placeholder={t("phonePlaceholder")}
        autoComplete="tel-national"
        inputMode="tel"
        maxLength={16}
        error={errors.phone}
      />
      <TextField
        id="signin-code"
        name="code"
        label={t("code")}
        placeholder={t("codePlaceholder")}
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={6}
        error={errors.code}
        trailing={<SendCodeButton onSend={handleSendCode} />}
      />
      <SubmitButton label={t("submit")} pending={pending} />
    </form>
  )
}
