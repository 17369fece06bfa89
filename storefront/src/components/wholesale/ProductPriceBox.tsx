import { getTranslations } from "next-intl/server"
import { formatCNY } from "@/lib/money"
import type { Product } from "@/lib/types"
import { savingOf } from "@/lib/wholesale/amounts"
import type { WholesaleVariants } from "@/lib/wholesale/types"
import { lowestPrice } from "@/components/product/CardPrice"

/**
 * The approved dealer's price beside the gallery: the cheapest variant's unit
 * price for this dealer and what it saves against the list price. Per-variant
 * detail (breaks, rules, stock) is in the purchase section below.
 */
export default async function ProductPriceBox({
  product,
  wholesale,
}: {
  product: Product
  wholesale: WholesaleVariants | null
}) {
  const t = await getTranslations("DealerPrice")
  const priced = (wholesale?.variants ?? []).filter((v) => v.pricing)
  const cheapest = priced.sort((a, b) => a.pricing!.unit_amount - b.pricing!.unit_amount)[0]?.pricing
  const fallback = lowestPrice(product)
  const amount = cheapest?.unit_amount ?? fallback?.amount
  const varies = cheapest ? new Set(priced.map((v) => v.pricing!.unit_amount)).size > 1 : !!fallback?.varies
  const saving = cheapest ? savingOf(cheapest.base_amount, cheapest.unit_amount) : null

  return (
    <div className="rounded-lg bg-brand-50 px-4 py-4" data-testid="product-price-box">
      <p className="text-sm text-gray-600">
        {wholesale?.tier ? t("tierPrice", { tier: wholesale.tier.name }) : t("yourPrice")}
      </p>
      {typeof amount === "number" ? (
        <p className="mt-1 flex flex-wrap items-baseline gap-x-2">
          <span className="text-3xl font-bold text-brand-600" data-testid="product-price">
            {formatCNY(amount)}
          </span>
          {varies && <span className="text-sm text-gray-500">{t("from")}</span>}
          {saving !== null && (
            <span className="text-sm text-gray-500 line-through">{formatCNY(cheapest!.base_amount)}</span>
          )}
        </p>
      ) : (
        <p className="mt-1 text-lg text-gray-600" data-testid="price-missing">{t("noPrice")}</p>
      )}
      {saving !== null && (
        <p className="mt-1 text-sm font-medium text-green-700">{t("saving", { amount: formatCNY(saving) })}</p>
      )}
      <p className="mt-2 text-xs text-gray-500">{t("taxIncluded")}</p>
    </div>
  )
}
