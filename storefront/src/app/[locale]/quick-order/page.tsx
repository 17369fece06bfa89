import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { getCurrentDealer } from "@/lib/auth/dealer"
import { redirectTo } from "@/lib/auth/redirect"
import { getBuyer } from "@/lib/wholesale/buyer"
import Breadcrumb from "@/components/common/Breadcrumb"
import EmptyState from "@/components/common/EmptyState"
import QuickOrderForm from "@/components/quick-order/QuickOrderForm"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "QuickOrder" })
  return { title: t("title"), robots: { index: false } }
}

export default async function QuickOrderPage({ params }: Props) {
  const locale = toLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("QuickOrder")
  const tc = await getTranslations("Cart")
  if (!(await getCurrentDealer())) redirectTo("/sign-in", locale)
  const buyer = await getBuyer()

  return (
    <div className="flex flex-col gap-4" data-testid="quick-order-page">
      <Breadcrumb items={[{ label: t("title") }]} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold text-gray-900">{t("title")}</h1>
          <p className="mt-1 text-sm text-gray-600">{t("subtitle")}</p>
        </div>
        {buyer?.canOrder && (
          <Link
            href="/cart"
            className="inline-flex h-11 items-center rounded-lg border border-gray-300 bg-white px-4 text-sm font-medium text-gray-700 hover:border-brand-600 hover:text-brand-600"
          >
            {tc("title")}
          </Link>
        )}
      </div>
      {buyer?.canOrder ? (
        <QuickOrderForm />
      ) : (
        <EmptyState title={buyer ? t("financeTitle") : tc("notApprovedTitle")} hint={buyer ? t("financeHint") : tc("notApprovedHint")} />
      )}
    </div>
  )
}
