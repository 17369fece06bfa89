import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { getRequestableLines } from "@/lib/after-sales-data"
import { getCurrentDealer } from "@/lib/auth/dealer"
import { redirectTo } from "@/lib/auth/redirect"
import { getOrder } from "@/lib/orders/data"
import { firstParam } from "@/lib/pagination"
import EmptyState from "@/components/common/EmptyState"
import RequestForm from "@/components/after-sales/RequestForm"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "AfterSales.form" })
  return { title: t("title"), robots: { index: false } }
}

const LINK =
  "inline-flex h-11 items-center rounded-lg border border-gray-300 bg-white px-4 text-sm font-medium text-gray-700 hover:border-brand-600 hover:text-brand-600"

/** 申请售后 for one order (?order=…): the form over the lines the backend says can still be asked for. */
export default async function NewAfterSalesPage({ params, searchParams }: Props) {
  const locale = toLocale((await params).locale)
  setRequestLocale(locale)
  if (!(await getCurrentDealer())) redirectTo("/sign-in", locale)
  const t = await getTranslations("AfterSales")
  const orderId = firstParam((await searchParams).order)
  if (!orderId) {
    return (
      <div className="flex flex-col gap-4">
        <EmptyState title={t("form.noOrder")}>
          <Link href="/account/orders" className={LINK}>{t("toOrders")}</Link>
        </EmptyState>
      </div>
    )
  }
  const [order, lines] = await Promise.all([getOrder(orderId, locale), getRequestableLines(orderId, locale)])
  // Another company's order looks exactly like one that does not exist.
  if (order === "missing" || lines === "missing") notFound()
  const back = (
    <Link href={`/account/orders/${orderId}`} className="inline-flex min-h-[44px] items-center text-sm text-brand-600 hover:underline">
      ← {t("backToOrder")}
    </Link>
  )

  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-4" data-testid="after-sales-new" data-order-id={orderId}>
      <div>
        {back}
        <h1 className="text-2xl font-bold text-gray-900">{t("form.title")}</h1>
        {order && <p className="mt-1 text-sm text-gray-600" data-testid="request-order">{t("form.subtitle", { id: order.display_id })}</p>}
      </div>
      {lines === null ? (
        <EmptyState title={t("unavailable")} />
      ) : lines.some((l) => l.available > 0) ? (
        <RequestForm orderId={orderId} lines={lines} />
      ) : (
        <EmptyState title={t("form.nothing")} hint={t("form.nothingHint")}>
          <Link href="/account/after-sales" className={LINK}>{t("backToList")}</Link>
        </EmptyState>
      )}
    </div>
  )
}
