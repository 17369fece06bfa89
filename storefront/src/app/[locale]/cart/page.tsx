import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { getCurrentDealer } from "@/lib/auth/dealer"
import { redirectTo } from "@/lib/auth/redirect"
import { getCart, getWholesaleCheck } from "@/lib/cart/data"
import { lineInfo } from "@/lib/cart/line-info"
import { getBuyer } from "@/lib/wholesale/buyer"
import Breadcrumb from "@/components/common/Breadcrumb"
import EmptyState from "@/components/common/EmptyState"
import CartLineItem from "@/components/cart/CartLineItem"
import CartProblems from "@/components/cart/CartProblems"
import CartSummary from "@/components/cart/CartSummary"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "Cart" })
  return { title: t("title"), robots: { index: false } }
}

const LINK = "inline-flex h-11 items-center rounded-lg border border-gray-300 bg-white px-4 text-sm font-medium text-gray-700 hover:border-brand-600 hover:text-brand-600"

export default async function CartPage({ params }: Props) {
  const locale = toLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("Cart")
  const current = await getCurrentDealer()
  if (!current) redirectTo("/sign-in", locale)
  const buyer = await getBuyer()
  const heading = (
    <>
      <Breadcrumb items={[{ label: t("title") }]} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-gray-900">{t("title")}</h1>
        {buyer && (
          <Link href="/quick-order" className={LINK} data-testid="cart-quick-order">
            {t("quickOrder")}
          </Link>
        )}
      </div>
    </>
  )
  if (!buyer) {
    return (
      <div className="flex flex-col gap-4">
        {heading}
        <EmptyState title={t("notApprovedTitle")} hint={t("notApprovedHint")}>
          <Link href="/account" className={LINK}>{t("toAccount")}</Link>
        </EmptyState>
      </div>
    )
  }

  const cart = await getCart()
  if (!cart?.items?.length) {
    return (
      <div className="flex flex-col gap-4" data-testid="cart-page">
        {heading}
        <EmptyState title={t("emptyTitle")} hint={t("emptyHint")}>
          <div className="flex flex-wrap justify-center gap-2">
            <Link href="/categories" className={LINK}>{t("browse")}</Link>
            <Link href="/quick-order" className={LINK}>{t("quickOrder")}</Link>
            <Link href="/account/order-lists" className={LINK}>{t("orderLists")}</Link>
          </div>
        </EmptyState>
      </div>
    )
  }

  const [check, info] = await Promise.all([
    getWholesaleCheck(cart.id, locale),
    lineInfo(cart.items.map((i) => i.variant_id), locale),
  ])
  // Newest first, by creation time: stable while quantities change, and what was just added is on top.
  const lines = [...cart.items].sort((a, b) => (b.created_at ?? "").localeCompare(a.created_at ?? ""))

  return (
    <div className="flex flex-col gap-4" data-testid="cart-page">
      {heading}
      <CartProblems check={check} />
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
        <ul className="divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white" data-testid="cart-lines">
          {lines.map((line) => {
            const extra = line.variant_id ? info.get(line.variant_id) : undefined
            return (
              <CartLineItem
                key={line.id}
                line={line}
                title={extra?.title || line.product_title || line.title}
                rules={extra?.rules ?? null}
                unit={extra?.unit ?? t("defaultUnit")}
                problems={(check?.problems ?? []).filter((p) => p.line_item_id === line.id).map((p) => p.message)}
              />
            )
          })}
        </ul>
        <CartSummary cart={cart} check={check} canOrder={buyer.canOrder} />
      </div>
    </div>
  )
}
