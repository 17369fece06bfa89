import { getTranslations } from "next-intl/server"
import { formatCNY } from "@/lib/money"
import type { Product } from "@/lib/types"
import { getBuyer } from "@/lib/wholesale/buyer"
import PriceGate from "./PriceGate"

/** Lowest calculated price over the variants, or null when core gave none. */
export function lowestPrice(product: Product): { amount: number; varies: boolean } | null {
  const amounts = (product.variants ?? [])
    .map((v) => v.calculated_price?.calculated_amount)
    .filter((a): a is number => typeof a === "number")
  if (!amounts.length) return null
  const amount = Math.min(...amounts)
  return { amount, varies: amounts.some((a) => a !== amount) }
}

// The card's price line: the dealer's own price (core priced the list with
// their token), or the sign-in prompt for everybody else.
export default async function CardPrice({ product }: { product: Product }) {
  const buyer = await getBuyer()
  if (!buyer) return <PriceGate />
  const t = await getTranslations("DealerPrice")
  const price = lowestPrice(product)
  if (!price) {
    return <p className="min-h-[44px] py-2 text-sm text-gray-500" data-testid="price-missing">{t("noPrice")}</p>
  }
  return (
    <p className="flex min-h-[44px] items-baseline gap-1 py-1" data-testid="dealer-price">
      <span className="text-lg font-bold text-brand-600">{formatCNY(price.amount)}</span>
      {price.varies && <span className="text-xs text-gray-500">{t("from")}</span>}
    </p>
  )
}
