import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { getCurrentDealer } from "@/lib/auth/dealer"
import { redirectTo } from "@/lib/auth/redirect"
import StatusCard from "@/components/account/StatusCard"
import CompanyProfile from "@/components/account/CompanyProfile"
import HistoryTimeline from "@/components/account/HistoryTimeline"
import SignOutButton from "@/components/account/SignOutButton"
import OrderingLinks from "@/components/account/OrderingLinks"
import FinanceLinks from "@/components/credit/FinanceLinks"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "Account" })
  return { title: t("title"), robots: { index: false } }
}

export default async function AccountPage({ params }: Props) {
  const locale = toLocale((await params).locale)
  setRequestLocale(locale)
  const current = await getCurrentDealer()
  if (!current) redirectTo("/sign-in", locale)
  const t = await getTranslations("Account")
  const tm = await getTranslations("Members")

  return (
    <div className="flex flex-col gap-5" data-testid="account">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold text-gray-900">{t("title")}</h1>
          <p className="mt-1 break-words text-gray-600" data-testid="account-company">
            {current.dealer.company_name}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link
            href="/account/members"
            data-testid="account-members-link"
            className="inline-flex h-11 items-center rounded-lg border border-gray-300 bg-white px-4 text-sm font-medium text-gray-700 hover:border-brand-600 hover:text-brand-600"
          >
            {tm("link")}
          </Link>
          <SignOutButton />
        </div>
      </div>
      {/* Approved dealers come here to order: the ways in go before the status they already know. */}
      {current.dealer.status === "approved" && <OrderingLinks />}
      {current.dealer.status === "approved" && <FinanceLinks role={current.member.role} />}
      <StatusCard current={current} />
      <div className="grid grid-cols-1 gap-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
        <CompanyProfile current={current} />
        <HistoryTimeline events={current.events} />
      </div>
    </div>
  )
}
