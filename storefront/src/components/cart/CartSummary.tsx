import { getTranslations } from "next-intl/server"
import type { Cart, WholesaleCheck } from "@/lib/cart/types"
import { formatCNY } from "@/lib/money"

/**
 * Totals and the way on. Checkout is a later piece of work, so the button is
 * visibly disabled with a note instead of leading to a page that does not exist.
 */
export default async function CartSummary({ cart, check }: { cart: Cart; check: WholesaleCheck | null }) {
  const t = await getTranslations("Cart")
  const quantity = cart.items.reduce((n, i) => n + i.quantity, 0)
  const min = check?.min_order_amount ?? null

  return (
    <aside className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4 lg:sticky lg:top-4" data-testid="cart-summary">
      <h2 className="text-base font-semibold">{t("summary")}</h2>
      <dl className="grid grid-cols-[minmax(0,1fr)_auto] gap-y-2 text-sm">
        <dt className="text-gray-600">{t("lineCount")}</dt>
        <dd className="text-right tabular-nums">{cart.items.length}</dd>
        <dt className="text-gray-600">{t("quantityCount")}</dt>
        <dd className="text-right tabular-nums">{quantity}</dd>
        {min ? (
          <>
            <dt className="text-gray-600">{t("minOrderAmount")}</dt>
            <dd className="text-right tabular-nums">{formatCNY(min)}</dd>
          </>
        ) : null}
        <dt className="border-t border-gray-100 pt-2 font-medium text-gray-900">{t("subtotal")}</dt>
        <dd className="border-t border-gray-100 pt-2 text-right text-xl font-bold text-brand-600 tabular-nums" data-testid="cart-subtotal">
          {formatCNY(cart.item_total)}
        </dd>
      </dl>
      <p className="text-xs text-gray-500">{t("taxNote")}</p>
      <button
        type="button"
        disabled
        aria-describedby="checkout-note"
        className="h-12 w-full cursor-not-allowed rounded-lg bg-brand-600 text-base font-semibold text-white opacity-50"
        data-testid="checkout"
      >
        {t("checkout")}
      </button>
      <p id="checkout-note" className="text-xs text-gray-500">
        {t("checkoutLater")}
      </p>
    </aside>
  )
}
