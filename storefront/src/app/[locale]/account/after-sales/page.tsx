import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { getCases, CASES_PAGE_SIZE } from "@/lib/after-sales-data"
import { isCaseTab } from "@/lib/after-sales-types"
import { getCurrentDealer } from "@/lib/auth/dealer"
import { redirectTo } from "@/lib/auth/redirect"
import { firstParam, parsePage } from "@/lib/pagination"
import EmptyState from "@/components/common/EmptyState"
import Pagination from "@/components/common/Pagination"
import CaseRows from "@/components/after-sales/CaseRows"
import CaseTabs from "@/components/after-sales/CaseTabs"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "AfterSales" })
  return { title: t("title"), robots: { index: false } }
}

const LINK =
  "inline-flex h-11 items-center rounded-lg border border-gray-300 bg-white px-4 text-sm font-medium text-gray-700 hover:border-brand-600 hover:text-brand-600"

/** 售后: the company's cases newest first, by status group. New requests start from an order (the lines come from it). */
export default async function AfterSalesPage({ params, searchParams }: Props) {
  const locale = toLocale((await params).locale)
  setRequestLocale(locale)
  if (!(await getCurrentDealer())) redirectTo("/sign-in", locale)
  const t = await getTranslations("AfterSales")
  const search = await searchParams
  const rawTab = firstParam(search.status)
  const tab = isCaseTab(rawTab) ? rawTab : null
  const page = parsePage(search.page)
  const result = await getCases({ tab: tab ?? undefined, page }, locale)
  const totalPages = result ? Math.max(1, Math.ceil(result.count / CASES_PAGE_SIZE)) : 1

  return (
    <div className="flex flex-col gap-4" data-testid="after-sales-page">
      <div>
        <Link href="/account" className="inline-flex min-h-[44px] items-center text-sm text-brand-600 hover:underline">
          ← {t("back")}
        </Link>
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div className="min-w-0">
            <h1 className="text-2xl font-bold text-gray-900">{t("title")}</h1>
            <p className="mt-1 text-sm text-gray-600">{t("subtitle")}</p>
          </div>
          {result && result.count > 0 && (
            <p className="text-sm text-gray-600" data-testid="cases-count">{t("count", { count: result.count })}</p>
          )}
        </div>
      </div>
      <CaseTabs current={tab} />
      {!result ? (
        <EmptyState title={t("unavailable")} />
      ) : result.cases.length ? (
        <>
          <CaseRows cases={result.cases} />
          <Pagination pathname="/account/after-sales" page={page} totalPages={totalPages} query={tab ? { status: tab } : {}} />
        </>
      ) : tab ? (
        <EmptyState title={t("emptyFiltered")} />
      ) : (
        <EmptyState title={t("emptyTitle")} hint={t("emptyHint")}>
          <Link href="/account/orders" className={LINK}>{t("toOrders")}</Link>
        </EmptyState>
      )}
    </div>
  )
}
