import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { getCurrentDealer } from "@/lib/auth/dealer"
import { getMembers } from "@/lib/auth/members"
import { redirectTo } from "@/lib/auth/redirect"
import InvitationList from "@/components/members/InvitationList"
import InviteMemberForm from "@/components/members/InviteMemberForm"
import MemberTable from "@/components/members/MemberTable"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "Members" })
  return { title: t("title"), robots: { index: false } }
}

export default async function MembersPage({ params }: Props) {
  const locale = toLocale((await params).locale)
  setRequestLocale(locale)
  const current = await getCurrentDealer()
  if (!current) redirectTo("/sign-in", locale)
  const list = await getMembers(locale)
  if (!list) redirectTo("/sign-in", locale)
  const t = await getTranslations("Members")
  const isOwner = current.member.role === "owner"

  return (
    <div className="flex flex-col gap-5" data-testid="members-page">
      <div>
        <Link href="/account" className="inline-flex min-h-[44px] items-center text-sm text-brand-600 hover:underline">
          ← {t("back")}
        </Link>
        <h1 className="text-2xl font-bold text-gray-900">{t("title")}</h1>
        <p className="mt-1 break-words text-gray-600">{current.dealer.company_name}</p>
      </div>
      {isOwner ? <InviteMemberForm /> : <p className="text-sm text-gray-600" data-testid="members-read-only">{t("readOnly")}</p>}
      <MemberTable members={list.members} canManage={isOwner} />
      <InvitationList invitations={list.invitations} canManage={isOwner} />
    </div>
  )
}
