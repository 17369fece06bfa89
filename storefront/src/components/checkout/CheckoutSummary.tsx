import { getTranslations } from "next-intl/server"
import type { CheckoutCart } from "@/lib/checkout/types"
import { formatCNY } from "@/lib/money"
import CouponForm from "./CouponForm"

/** Core's totals for the cart at the dealer's prices: goods, freight, coupon, what the order will cost. */
export default async function CheckoutSummary({ cart }: { cart: CheckoutCart }) {
  const t = await getTranslations("Checkout")
  const goods = cart.original_item_total ?? cart.item_total
  const hasShipping = (cart.shipping_methods?.length ?? 0) > 0
  const codes = (cart.promotions ?? []).map((p) => p.code).filter((c): c is string => !!c)

  return (
    <section aria-labelledby="summary-heading" className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4" data-testid="checkout-summary">
      <h2 id="summary-heading" className="text-base font-semibold">{t("summary")}</h2>
      <CouponForm codes={codes} />
      <dl className="grid grid-cols-[minmax(0,1fr)_auto] gap-y-2 text-sm">
        <dt className="text-gray-600">{t("subtotal")}</dt>
        <dd className="text-right tabular-nums" data-testid="checkout-subtotal">{formatCNY(goods)}</dd>
        <dt className="text-gray-600">{t("shipping")}</dt>
        <dd className="text-right tabular-nums" data-testid="checkout-shipping">
          {!hasShipping ? <span className="text-gray-500">{t("shippingTbd")}</span> : cart.shipping_total === 0 ? t("free") : formatCNY(cart.shipping_total)}
        </dd>
        {cart.discount_total > 0 && (
          <>
            <dt className="text-gray-600">{t("discount")}</dt>
            <dd className="text-right tabular-nums text-green-700" data-testid="checkout-discount">−{formatCNY(cart.discount_total)}</dd>
          </>
        )}
        <dt className="border-t border-gray-100 pt-2 font-medium text-gray-900">{t("total")}</dt>
        <dd className="border-t border-gray-100 pt-2 text-right text-xl font-bold text-brand-600 tabular-nums" data-testid="checkout-total">
          {formatCNY(cart.total)}
        </dd>
      </dl>
      <p className="text-xs text-gray-500">{t("taxNote")}</p>
    </section>
  )
}
