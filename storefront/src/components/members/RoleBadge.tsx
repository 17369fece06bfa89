import { getTranslations } from "next-intl/server"
import type { MemberRole } from "@/lib/auth/dealer"

const TONE: Record<MemberRole, string> = {
  owner: "bg-brand-50 text-brand-700 ring-brand-200",
  buyer: "bg-sky-50 text-sky-800 ring-sky-200",
  finance: "bg-violet-50 text-violet-800 ring-violet-200",
}

export default async function RoleBadge({ role }: { role: MemberRole }) {
  const t = await getTranslations("Members.roles")
  return (
    <span
      data-testid="role-badge"
      data-role={role}
      className={`inline-flex items-center whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${TONE[role]}`}
    >
      {t(role)}
    </span>
  )
}
