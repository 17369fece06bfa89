import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Cart, WholesaleCheck } from "@/lib/cart/types"
import { formatCNY } from "@/lib/money"

type Props = { cart: Cart; check: WholesaleCheck | null; canOrder: boolean }

const BUTTON = "flex h-12 w-full items-center justify-center rounded-lg bg-brand-600 text-base font-semibold text-white"

/**
 * Totals and the way on. 去结算 leads to checkout only when the tier's rules
 * pass (起订金额, case packs …); otherwise it stays visibly disabled and says why,
 * since the backend would refuse the order anyway.
 */
export default async function CartSummary({ cart, check, canOrder }: Props) {
  const t = await getTranslations("Cart")
  const quantity = cart.items.reduce((n, i) => n + i.quantity, 0)
  const min = check?.min_order_amount ?? null
  const ready = canOrder && !!check?.ok

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
      {ready ? (
        <Link href="/checkout" className={`${BUTTON} hover:bg-brand-700`} data-testid="checkout">
          {t("checkout")}
        </Link>
      ) : (
        <>
          <button type="button" disabled aria-describedby="checkout-note" className={`${BUTTON} cursor-not-allowed opacity-50`} data-testid="checkout">
            {t("checkout")}
          </button>
          <p id="checkout-note" className="text-xs text-gray-500" data-testid="checkout-note">
            {!canOrder ? t("checkoutFinance") : check ? t("checkoutBlocked") : t("checkUnavailable")}
          </p>
        </>
      )}
    </aside>
  )
}
