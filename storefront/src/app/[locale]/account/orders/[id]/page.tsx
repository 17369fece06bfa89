import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { getCurrentDealer } from "@/lib/auth/dealer"
import { redirectTo } from "@/lib/auth/redirect"
import { getOrder } from "@/lib/orders/data"
import { firstParam } from "@/lib/pagination"
import { getBuyer } from "@/lib/wholesale/buyer"
import EmptyState from "@/components/common/EmptyState"
import CancelOrderButton from "@/components/orders/CancelOrderButton"
import ChangeRequestPanel from "@/components/orders/ChangeRequestPanel"
import OrderFacts from "@/components/orders/OrderFacts"
import OrderItems from "@/components/orders/OrderItems"
import OrderNotices from "@/components/orders/OrderNotices"
import OrderStatusBadge from "@/components/orders/OrderStatusBadge"
import OrderTimeline from "@/components/orders/OrderTimeline"
import OrderTotals from "@/components/orders/OrderTotals"
import ReorderButton from "@/components/orders/ReorderButton"
import OrderPaymentSection from "@/components/payments/OrderPaymentSection"
import OrderShipments from "@/components/shipments/OrderShipments"
import AfterSalesEntry from "@/components/after-sales/AfterSalesEntry"

type Props = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "Orders" })
  return { title: t("title"), robots: { index: false } }
}

export default async function OrderPage({ params, searchParams }: Props) {
  const { locale: raw, id } = await params
  const locale = toLocale(raw)
  setRequestLocale(locale)
  if (!(await getCurrentDealer())) redirectTo("/sign-in", locale)
  const t = await getTranslations("OrderDetail")
  const format = await getFormatter()
  const [order, buyer] = await Promise.all([getOrder(id, locale), getBuyer()])
  // Another dealer's order looks exactly like one that does not exist.
  if (order === "missing") notFound()
  const back = (
    <Link href="/account/orders" className="inline-flex min-h-[44px] items-center text-sm text-brand-600 hover:underline">
      ← {t("back")}
    </Link>
  )
  if (!order) {
    return (
      <div className="flex flex-col gap-4">
        {back}
        <EmptyState title={t("unavailable")} />
      </div>
    )
  }
  const canOrder = !!buyer?.canOrder
  const submitted = firstParam((await searchParams).submitted) === "1"

  return (
    <div className="flex flex-col gap-4" data-testid="order-page" data-order-id={order.id}>
      <div>
        {back}
        <h1 className="flex flex-wrap items-center gap-3 text-2xl font-bold text-gray-900">
          <span data-testid="order-title">{t("title", { id: order.display_id })}</span>
          <OrderStatusBadge status={order.status} />
        </h1>
        <p className="mt-1 text-sm text-gray-600">
          {t("placedAt", { date: format.dateTime(new Date(order.created_at), { dateStyle: "medium", timeStyle: "short" }) })}
        </p>
      </div>
      <OrderNotices order={order} submitted={submitted} />
      {/* Packages first: a shipped order is opened to follow or check its goods. */}
      <OrderShipments order={order} />
      <AfterSalesEntry order={order} />
      <OrderPaymentSection order={order} />
      {order.pending_change && <ChangeRequestPanel orderId={order.id} change={order.pending_change} canAct={canOrder} />}
      {/* A full-width row: the reorder report opens under the buttons. */}
      {canOrder && (
        <div className="flex flex-wrap gap-2" data-testid="order-actions">
          <ReorderButton id={order.id} />
          {order.can_cancel && <CancelOrderButton id={order.id} displayId={order.display_id} />}
        </div>
      )}
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_24rem] lg:items-start">
        <div className="flex min-w-0 flex-col gap-4">
          <OrderItems items={order.items} />
          <OrderTotals order={order} />
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          <OrderFacts order={order} />
          <OrderTimeline entries={order.timeline} />
        </div>
      </div>
    </div>
  )
}
