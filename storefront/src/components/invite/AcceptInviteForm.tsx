"use client"

import { useActionState } from "react"
import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { registerAndAccept, type InviteAcceptState } from "@/lib/actions/invite"
import FormError from "@/components/auth/FormError"
import SubmitButton from "@/components/auth/SubmitButton"

const INPUT = "mt-1 h-11 w-full rounded-lg border border-gray-300 px-3 text-base"

/** A new login for the invitee; the server action registers, accepts and signs in. */
export default function AcceptInviteForm({ token }: { token: string }) {
  const t = useTranslations("Invite")
  const locale = useLocale()
  const [state, action, pending] = useActionState(registerAndAccept, {} as InviteAcceptState)
  const field = (name: string, label: string, type = "text", extra: Record<string, unknown> = {}) => (
    <label className="text-sm text-gray-700">
      {label}
      <input name={name} type={type} className={INPUT} {...extra} />
    </label>
  )
  return (
    <form action={action} className="flex flex-col gap-3" data-testid="invite-accept-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      {field("email", t("email"), "email", { required: true, autoComplete: "email", defaultValue: state.values?.email })}
      {field("password", t("password"), "password", { required: true, minLength: 8, autoComplete: "new-password" })}
      {field("confirm", t("confirm"), "password", { required: true, minLength: 8, autoComplete: "new-password" })}
      {field("name", t("name"), "text", { required: true, maxLength: 40, autoComplete: "name", defaultValue: state.values?.name })}
      {field("phone", t("mobileOptional"), "tel", { inputMode: "tel", autoComplete: "tel", defaultValue: state.values?.phone })}
      <FormError message={state.error} />
      {state.signInFirst && (
        <Link href="/sign-in" className="inline-flex min-h-[44px] items-center font-medium text-brand-600 hover:underline">
          {t("signIn")}
        </Link>
      )}
      <SubmitButton label={t("accept")} pending={pending} />
    </form>
  )
}
