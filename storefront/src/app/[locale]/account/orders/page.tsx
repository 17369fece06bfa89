import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { getPathname, Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { getCurrentDealer } from "@/lib/auth/dealer"
import { redirectTo } from "@/lib/auth/redirect"
import { getOrders, ORDERS_PAGE_SIZE } from "@/lib/orders/data"
import { isOrderStatus } from "@/lib/orders/types"
import { firstParam, parsePage } from "@/lib/pagination"
import EmptyState from "@/components/common/EmptyState"
import Pagination from "@/components/common/Pagination"
import OrderRows from "@/components/orders/OrderRows"
import OrderSearch from "@/components/orders/OrderSearch"
import StatusTabs from "@/components/orders/StatusTabs"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "Orders" })
  return { title: t("title"), robots: { index: false } }
}

const LINK =
  "inline-flex h-11 items-center rounded-lg border border-gray-300 bg-white px-4 text-sm font-medium text-gray-700 hover:border-brand-600 hover:text-brand-600"

export default async function OrdersPage({ params, searchParams }: Props) {
  const locale = toLocale((await params).locale)
  setRequestLocale(locale)
  if (!(await getCurrentDealer())) redirectTo("/sign-in", locale)
  const t = await getTranslations("Orders")
  const search = await searchParams
  const rawStatus = firstParam(search.status)
  const status = isOrderStatus(rawStatus) ? rawStatus : null
  const q = firstParam(search.q).slice(0, 60)
  const page = parsePage(search.page)
  const result = await getOrders({ status: status ?? undefined, q: q || undefined, page }, locale)
  const totalPages = result ? Math.max(1, Math.ceil(result.count / ORDERS_PAGE_SIZE)) : 1
  const filtered = !!status || !!q

  return (
    <div className="flex flex-col gap-4" data-testid="orders-page">
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
            <p className="text-sm text-gray-600" data-testid="orders-count">{t("count", { count: result.count })}</p>
          )}
        </div>
      </div>
      <OrderSearch q={q} status={status} action={getPathname({ href: "/account/orders", locale })} />
      <StatusTabs current={status} q={q} />
      {!result ? (
        <EmptyState title={t("unavailable")} />
      ) : result.orders.length ? (
        <>
          <OrderRows orders={result.orders} />
          <Pagination
            pathname="/account/orders"
            page={page}
            totalPages={totalPages}
            query={{ ...(status && { status }), ...(q && { q }) }}
          />
        </>
      ) : filtered ? (
        <EmptyState title={t("emptyFiltered")} hint={t("emptyFilteredHint")} />
      ) : (
        <EmptyState title={t("emptyTitle")} hint={t("emptyHint")}>
          <Link href="/cart" className={LINK}>{t("toCart")}</Link>
        </EmptyState>
      )}
    </div>
  )
}
