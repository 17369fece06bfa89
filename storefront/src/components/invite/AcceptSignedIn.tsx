"use client"

import { useActionState } from "react"
import { useLocale, useTranslations } from "next-intl"
import { acceptSignedIn, type InviteAcceptState } from "@/lib/actions/invite"
import FormError from "@/components/auth/FormError"
import SubmitButton from "@/components/auth/SubmitButton"

/** One button: the signed-in login accepts the invitation. */
export default function AcceptSignedIn({ token }: { token: string }) {
  const t = useTranslations("Invite")
  const locale = useLocale()
  const [state, action, pending] = useActionState(acceptSignedIn, {} as InviteAcceptState)
  return (
    <form action={action} className="flex flex-col gap-3" data-testid="invite-accept-signed-in">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <p className="text-sm text-gray-600">{t("signedInIntro")}</p>
      <FormError message={state.error} />
      <SubmitButton label={t("accept")} pending={pending} />
    </form>
  )
}
