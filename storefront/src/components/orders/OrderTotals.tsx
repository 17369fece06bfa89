import { getTranslations } from "next-intl/server"
import { goodsAmount } from "@/lib/orders/amounts"
import type { OrderDetail } from "@/lib/orders/types"
import { formatCNY } from "@/lib/money"

/**
 * Goods, freight, coupon and the total (tax-inclusive). Goods are the lines'
 * sum before the coupon (see lib/orders/amounts.ts); the rest is the backend's.
 */
export default async function OrderTotals({ order }: { order: OrderDetail }) {
  const t = await getTranslations("OrderDetail")
  const money = (n: number | null) => (n === null ? "—" : formatCNY(n))
  return (
    <section aria-labelledby="totals-heading" className="rounded-lg border border-gray-200 bg-white p-4" data-testid="order-totals">
      <h2 id="totals-heading" className="sr-only">{t("totals")}</h2>
      <dl className="grid grid-cols-[minmax(0,1fr)_auto] gap-y-2 text-sm">
        <dt className="text-gray-600">{t("subtotal")}</dt>
        <dd className="text-right tabular-nums" data-testid="order-detail-subtotal">{money(goodsAmount(order.items) ?? order.subtotal)}</dd>
        <dt className="text-gray-600">{t("shipping")}</dt>
        <dd className="text-right tabular-nums">{order.shipping_total === 0 ? t("free") : money(order.shipping_total)}</dd>
        {!!order.discount_total && order.discount_total > 0 && (
          <>
            <dt className="text-gray-600">{t("discount")}</dt>
            <dd className="text-right tabular-nums text-green-700">−{formatCNY(order.discount_total)}</dd>
          </>
        )}
        <dt className="border-t border-gray-100 pt-2 font-medium text-gray-900">{t("total")}</dt>
        <dd className="border-t border-gray-100 pt-2 text-right text-xl font-bold text-brand-600 tabular-nums" data-testid="order-detail-total">
          {money(order.total)}
        </dd>
      </dl>
      {order.tax_total !== null && (
        <p className="mt-2 text-xs text-gray-500">{t("taxIncluded", { tax: formatCNY(order.tax_total) })}</p>
      )}
    </section>
  )
}
