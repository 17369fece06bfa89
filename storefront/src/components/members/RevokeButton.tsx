"use client"

import { useState, useTransition } from "react"
import { useLocale, useTranslations } from "next-intl"
import { revokeInvitation } from "@/lib/actions/members"

export default function RevokeButton({ id }: { id: string }) {
  const t = useTranslations("Members")
  const locale = useLocale()
  const [pending, startTransition] = useTransition()
  const [error, setError] = useState<string>()
  const revoke = () => {
    if (!window.confirm(t("revokeConfirm"))) return
    startTransition(async () => setError((await revokeInvitation(locale, id)).error))
  }
  return (
    <div className="flex flex-col items-end gap-1">
      <button
        type="button"
        data-testid="invitation-revoke"
        disabled={pending}
        onClick={revoke}
        className="h-11 rounded-lg border border-gray-300 px-3 text-sm font-medium text-gray-700 hover:border-red-400 hover:text-red-700 disabled:opacity-60"
      >
        {t("revoke")}
      </button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  )
}
