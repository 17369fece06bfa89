"use client"

import { useState, useTransition } from "react"
import { useLocale, useTranslations } from "next-intl"
import { changeMemberRole, removeMember, type MemberActionResult } from "@/lib/actions/members"
import type { MemberRole } from "@/lib/auth/dealer"

const ROLES: MemberRole[] = ["owner", "buyer", "finance"]

/** The owner's role select and remove button for one member; the page re-renders after each change. */
export default function MemberControls({ id, name, role }: { id: string; name: string; role: MemberRole }) {
  const t = useTranslations("Members")
  const locale = useLocale()
  const [pending, startTransition] = useTransition()
  const [error, setError] = useState<string>()
  const run = (action: () => Promise<MemberActionResult>) =>
    startTransition(async () => setError((await action()).error))

  return (
    <div className="flex flex-wrap items-center gap-2">
      <select
        aria-label={t("changeRole", { name })}
        data-testid="member-role"
        value={role}
        disabled={pending}
        onChange={(e) => run(() => changeMemberRole(locale, id, e.target.value as MemberRole))}
        className="h-11 rounded-lg border border-gray-300 bg-white px-2 text-sm"
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </select>
      <button
        type="button"
        data-testid="member-remove"
        disabled={pending}
        onClick={() => window.confirm(t("removeConfirm", { name })) && run(() => removeMember(locale, id))}
        className="h-11 rounded-lg border border-red-300 px-3 text-sm font-medium text-red-700 hover:bg-red-50 disabled:opacity-60"
      >
        {t("remove")}
      </button>
      {error && (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  )
}
