"use client"

import { useActionState } from "react"
import { useLocale, useTranslations } from "next-intl"
import { inviteMember, type InviteState } from "@/lib/actions/members"
import FormError from "@/components/auth/FormError"
import SubmitButton from "@/components/auth/SubmitButton"
import CopyLink from "./CopyLink"

const INPUT = "mt-1 h-11 w-full rounded-lg border border-gray-300 px-3 text-base"

export default function InviteMemberForm() {
  const t = useTranslations("Invite")
  const tm = useTranslations("Members.roles")
  const locale = useLocale()
  const [state, action, pending] = useActionState(inviteMember, {} as InviteState)
  return (
    <section className="rounded-xl border border-gray-200 bg-white p-5 shadow-sm" data-testid="invite-form">
      <h2 className="text-lg font-semibold text-gray-900">{t("title")}</h2>
      <p className="mt-1 text-sm text-gray-500">{t("hint")}</p>
      <form action={action} className="mt-4 grid gap-3 sm:grid-cols-3">
        <input type="hidden" name="locale" value={locale} />
        <label className="text-sm text-gray-700">
          {t("email")}
          <input name="email" type="email" autoComplete="off" className={INPUT} />
        </label>
        <label className="text-sm text-gray-700">
          {t("phone")}
          <input name="phone" type="tel" inputMode="tel" autoComplete="off" className={INPUT} />
        </label>
        <label className="text-sm text-gray-700">
          {t("role")}
          <select name="role" defaultValue="buyer" className={`${INPUT} bg-white`}>
            {(["buyer", "finance", "owner"] as const).map((r) => (
              <option key={r} value={r}>
                {tm(r)}
              </option>
            ))}
          </select>
        </label>
        <div className="flex flex-col gap-3 sm:col-span-3">
          <FormError message={state.error} />
          {state.acceptUrl && <CopyLink url={state.acceptUrl} />}
          <SubmitButton label={t("submit")} pending={pending} />
        </div>
      </form>
    </section>
  )
}
