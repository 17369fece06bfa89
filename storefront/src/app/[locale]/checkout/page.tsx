import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { getAddresses } from "@/lib/addresses/data"
import { getCurrentDealer } from "@/lib/auth/dealer"
import { redirectTo } from "@/lib/auth/redirect"
import { getCart, getWholesaleCheck } from "@/lib/cart/data"
import { lineInfo } from "@/lib/cart/line-info"
import { getShippingChoices } from "@/lib/checkout/data"
import type { CheckoutCart } from "@/lib/checkout/types"
import { getBuyer } from "@/lib/wholesale/buyer"
import Breadcrumb from "@/components/common/Breadcrumb"
import CartProblems from "@/components/cart/CartProblems"
import CheckoutForm from "@/components/checkout/CheckoutForm"
import CheckoutLines from "@/components/checkout/CheckoutLines"
import CheckoutSummary from "@/components/checkout/CheckoutSummary"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "Checkout" })
  return { title: t("title"), robots: { index: false } }
}

export default async function CheckoutPage({ params }: Props) {
  const locale = toLocale((await params).locale)
  setRequestLocale(locale)
  const current = await getCurrentDealer()
  if (!current) redirectTo("/sign-in", locale)
  // Not approved, or nothing to order: the 进货单 explains either.
  const buyer = await getBuyer()
  const cart = (await getCart()) as CheckoutCart | null
  if (!buyer || !cart?.items?.length) redirectTo("/cart", locale)
  const t = await getTranslations("Checkout")
  const tc = await getTranslations("Cart")

  const [check, info, addresses, choices] = await Promise.all([
    getWholesaleCheck(cart.id, locale),
    lineInfo(cart.items.map((i) => i.variant_id), locale),
    getAddresses(locale),
    getShippingChoices(cart.id, locale),
  ])
  // An unavailable check does not block: the backend checks again on submit.
  const ruleProblem = check !== null && !check.ok
  const blockedReason = !buyer.canOrder ? t("financeCannotSubmit") : ruleProblem ? t("blocked") : undefined
  const lines = [...cart.items].sort((a, b) => (b.created_at ?? "").localeCompare(a.created_at ?? ""))

  return (
    <div className="flex flex-col gap-4" data-testid="checkout-page">
      <Breadcrumb items={[{ label: tc("title"), href: "/cart" }, { label: t("title") }]} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-gray-900">{t("title")}</h1>
        <Link href="/cart" className="inline-flex min-h-[44px] items-center text-sm text-brand-600 hover:underline">
          ← {t("back")}
        </Link>
      </div>
      {ruleProblem && <CartProblems check={check} />}
      {addresses === null || choices === null ? (
        <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900" role="alert">
          {t("unavailable")}
        </p>
      ) : (
        <CheckoutForm
          addresses={addresses}
          canEditAddresses={buyer.canOrder}
          choices={choices}
          chosenShippingId={cart.shipping_methods?.[0]?.shipping_option_id ?? null}
          canSubmit={!blockedReason}
          blockedReason={blockedReason}
          lineCount={cart.items.length}
          lines={<CheckoutLines lines={lines} info={info} locale={locale} />}
          summary={<CheckoutSummary cart={cart} />}
        />
      )}
    </div>
  )
}
