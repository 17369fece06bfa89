import type { ReactNode } from "react"
import { getLocale, getTranslations } from "next-intl/server"
import { productBrand, productSubtitle, productTitle, productUnit } from "@/lib/localize"
import type { Product } from "@/lib/types"
import PriceGate from "./PriceGate"

/**
 * Title block beside the gallery: what a buyer checks before ordering.
 * `price` replaces the sign-in prompt for approved dealers.
 */
export default async function ProductSummary({ product, price }: { product: Product; price?: ReactNode }) {
  const locale = await getLocale()
  const t = await getTranslations("Product")
  const tp = await getTranslations("Price")
  const spec = productSubtitle(product, locale)
  const brand = productBrand(product)
  const unit = productUnit(product, locale)
  const skus = (product.variants ?? []).map((v) => v.sku).filter(Boolean)

  const facts: [string, string][] = []
  if (spec) facts.push([t("specification"), spec])
  if (brand) facts.push([t("brand"), brand])
  if (unit) facts.push([t("unit"), unit])
  if (skus.length) facts.push([t("sku"), skus.length > 1 ? `${skus[0]} · ${t("moreVariants", { count: skus.length })}` : skus[0]!])

  return (
    <section className="flex flex-col gap-5" aria-labelledby="product-title">
      <h1 id="product-title" className="text-xl font-bold leading-snug text-gray-900 md:text-2xl">
        {productTitle(product, locale)}
      </h1>
      {price ?? (
        <div className="rounded-lg bg-gray-100 px-4 py-4">
          <p className="text-sm text-gray-500">{t("priceTitle")}</p>
          <div className="mt-2">
            <PriceGate size="detail" />
          </div>
          <p className="mt-2 text-xs text-gray-500">{tp("dealerOnly")}</p>
        </div>
      )}
      {facts.length > 0 && (
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-6 gap-y-3 text-sm" data-testid="product-facts">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-gray-500">{label}</dt>
              <dd className="break-words text-gray-900">{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  )
}
