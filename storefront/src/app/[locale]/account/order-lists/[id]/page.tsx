import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { getCurrentDealer } from "@/lib/auth/dealer"
import { redirectTo } from "@/lib/auth/redirect"
import { lineInfo } from "@/lib/cart/line-info"
import { getOrderList } from "@/lib/order-lists/data"
import { getBuyer } from "@/lib/wholesale/buyer"
import EmptyState from "@/components/common/EmptyState"
import ListActions from "@/components/order-lists/ListActions"
import ListToCartButton from "@/components/order-lists/ListToCartButton"
import OrderListEditor from "@/components/order-lists/OrderListEditor"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "OrderLists" })
  return { title: t("title"), robots: { index: false } }
}

export default async function OrderListPage({ params }: Props) {
  const { locale: raw, id } = await params
  const locale = toLocale(raw)
  setRequestLocale(locale)
  if (!(await getCurrentDealer())) redirectTo("/sign-in", locale)
  const t = await getTranslations("OrderLists")
  const tc = await getTranslations("Cart")
  const buyer = await getBuyer()
  if (!buyer) redirectTo("/account/order-lists", locale)
  const list = await getOrderList(id, locale)
  if (list === "missing") notFound()

  const back = (
    <Link href="/account/order-lists" className="inline-flex min-h-[44px] items-center text-sm text-brand-600 hover:underline">
      ← {t("backToLists")}
    </Link>
  )
  if (!list) {
    return (
      <div className="flex flex-col gap-4">
        {back}
        <EmptyState title={t("unavailable")} />
      </div>
    )
  }
  const info = await lineInfo(list.items.map((i) => i.variant_id), locale)
  const items = list.items.map((i) => {
    const extra = info.get(i.variant_id)
    return {
      ...i,
      displayTitle: extra?.title || i.title || i.sku || i.variant_id,
      variantTitle: extra?.title ? extra.variantTitle : null,
      rules: extra?.rules ?? null,
      unit: extra?.unit ?? tc("defaultUnit"),
    }
  })

  return (
    <div className="flex flex-col gap-4" data-testid="order-list-page">
      <div>
        {back}
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <h1 className="break-words text-2xl font-bold text-gray-900" data-testid="order-list-title">{list.name}</h1>
            <p className="mt-1 text-sm text-gray-600">{t("itemsCount", { count: list.items.length })}</p>
          </div>
          <ListActions id={list.id} name={list.name} />
        </div>
      </div>
      {buyer.canOrder && <ListToCartButton id={list.id} disabled={!list.items.length} />}
      {/* Keyed by content: after a save the server's answer replaces the editor's copy. */}
      <OrderListEditor key={list.items.map((i) => `${i.id}:${i.quantity}`).join()} id={list.id} initial={items} />
      <p className="text-sm text-gray-500">{t("addHint")}</p>
    </div>
  )
}
