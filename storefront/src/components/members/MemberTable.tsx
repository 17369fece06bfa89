import { getTranslations } from "next-intl/server"
import { memberName, type Member } from "@/lib/auth/members"
import MemberControls from "./MemberControls"
import RoleBadge from "./RoleBadge"

/** The company's members; owners also get each member's role select and remove button (not for themselves). */
export default async function MemberTable({ members, canManage }: { members: Member[]; canManage: boolean }) {
  const t = await getTranslations("Members")
  return (
    <section className="rounded-xl border border-gray-200 bg-white p-5 shadow-sm">
      <h2 className="text-lg font-semibold text-gray-900">{t("membersTitle")}</h2>
      <ul className="mt-3 divide-y divide-gray-100" data-testid="member-list">
        {members.map((m) => (
          <li key={m.id} className="flex flex-wrap items-center justify-between gap-3 py-3" data-testid="member">
            <div className="min-w-0">
              <p className="flex flex-wrap items-center gap-2 font-medium text-gray-900">
                <span className="break-words">
                  {memberName(m)}
                  {m.is_me && t("me")}
                </span>
                <RoleBadge role={m.role} />
              </p>
              <p className="mt-0.5 break-all text-sm text-gray-500">{[m.email, m.phone].filter(Boolean).join(" · ")}</p>
            </div>
            {canManage && !m.is_me && <MemberControls id={m.id} name={memberName(m)} role={m.role} />}
          </li>
        ))}
      </ul>
    </section>
  )
}
