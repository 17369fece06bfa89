import { getFormatter, getTranslations } from "next-intl/server"
import type { Invitation } from "@/lib/auth/members"
import RevokeButton from "./RevokeButton"
import RoleBadge from "./RoleBadge"

export default async function InvitationList({ invitations, canManage }: { invitations: Invitation[]; canManage: boolean }) {
  const t = await getTranslations("Members")
  const format = await getFormatter()
  return (
    <section className="rounded-xl border border-gray-200 bg-white p-5 shadow-sm">
      <h2 className="text-lg font-semibold text-gray-900">{t("invitationsTitle")}</h2>
      {invitations.length === 0 && <p className="mt-3 text-sm text-gray-500">{t("invitationsEmpty")}</p>}
      <ul className="mt-3 divide-y divide-gray-100" data-testid="invitation-list">
        {invitations.map((i) => (
          <li key={i.id} className="flex flex-wrap items-center justify-between gap-3 py-3" data-testid="invitation">
            <div className="min-w-0">
              <p className="flex flex-wrap items-center gap-2 break-all font-medium text-gray-900">
                {[i.email, i.phone].filter(Boolean).join(" · ")}
                <RoleBadge role={i.role} />
              </p>
              <p className="mt-0.5 text-sm text-gray-500">
                {t("expires", { date: format.dateTime(new Date(i.expires_at), { dateStyle: "medium", timeStyle: "short" }) })}
              </p>
            </div>
            {canManage && <RevokeButton id={i.id} />}
          </li>
        ))}
      </ul>
    </section>
  )
}
