import { getLocale, getTranslations } from "next-intl/server"
import { productUnit } from "@/lib/localize"
import { formatCNY } from "@/lib/money"
import type { OrderListSummary } from "@/lib/order-lists/types"
import type { Product } from "@/lib/types"
import type { WholesaleVariants } from "@/lib/wholesale/types"
import VariantPurchase from "./VariantPurchase"

type Props = {
  product: Product
  wholesale: WholesaleVariants | null
  canOrder: boolean
  orderLists: OrderListSummary[] | null
}

/** 订货: one block per variant for approved dealers (the page renders it only for them). */
export default async function PurchaseSection({ product, wholesale, canOrder, orderLists }: Props) {
  const t = await getTranslations("Purchase")
  const locale = await getLocale()
  const variants = product.variants ?? []
  if (!variants.length) return null
  const unit = productUnit(product, locale) ?? t("defaultUnit")
  const byId = new Map((wholesale?.variants ?? []).map((v) => [v.variant_id, v]))

  return (
    <section
      aria-labelledby="purchase-heading"
      className="rounded-lg border border-gray-200 bg-white"
      data-testid="purchase-section"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-gray-200 px-4 py-3">
        <h2 id="purchase-heading" className="text-base font-semibold">
          {t("title")}
        </h2>
        {wholesale?.tier?.min_order_amount ? (
          <p className="text-xs text-gray-500">{t("minOrderAmount", { amount: formatCNY(wholesale.tier.min_order_amount) })}</p>
        ) : null}
      </div>
      {!wholesale && (
        <p className="border-b border-gray-100 px-4 py-2 text-sm text-amber-800" data-testid="rules-unavailable">
          {t("rulesUnavailable")}
        </p>
      )}
      {!canOrder && <p className="border-b border-gray-100 px-4 py-2 text-sm text-gray-600">{t("financeNoOrder")}</p>}
      <div className="divide-y divide-gray-100">
        {variants.map((v) => (
          <VariantPurchase
            key={v.id}
            variant={{ id: v.id, title: v.title || product.title, sku: v.sku }}
            wholesale={byId.get(v.id) ?? null}
            fallbackAmount={v.calculated_price?.calculated_amount ?? null}
            unit={unit}
            canOrder={canOrder}
            orderLists={orderLists}
          />
        ))}
      </div>
    </section>
  )
}
