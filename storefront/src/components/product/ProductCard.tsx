import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { productSubtitle, productTitle } from "@/lib/localize"
import type { Product } from "@/lib/types"
import ProductImage from "./ProductImage"
import CardPrice from "./CardPrice"

export default async function ProductCard({ product }: { product: Product }) {
  const locale = await getLocale()
  const t = await getTranslations("Product")
  const title = productTitle(product, locale)
  const spec = productSubtitle(product, locale)
  const variants = product.variants ?? []
  const sku = variants.find((v) => v.sku)?.sku
  const href = `/products/${product.handle}`

  return (
    <article
      data-testid="product-card"
      className="flex h-full flex-col overflow-hidden rounded-lg border border-gray-200 bg-white transition hover:border-brand-300 hover:shadow-md"
    >
      {/* The image link repeats the title link, so it is hidden from AT and tab order. */}
      <Link href={href} tabIndex={-1} aria-hidden="true" className="block">
        <ProductImage
          src={product.thumbnail}
          alt=""
          placeholder={t("noImage")}
          className="aspect-square w-full"
        />
      </Link>
      <div className="flex flex-1 flex-col gap-1 p-3">
        <h3 className="line-clamp-2 text-sm font-medium leading-snug text-gray-900 sm:text-base">
          <Link href={href} className="hover:text-brand-600" data-testid="product-card-title">
            {title}
          </Link>
        </h3>
        {spec && <p className="line-clamp-1 text-xs text-gray-500 sm:text-sm">{spec}</p>}
        {sku && (
          <p className="truncate text-xs text-gray-500" data-testid="product-card-sku">
            {t("sku")}: <span className="font-mono">{sku}</span>
          </p>
        )}
        {variants.length > 1 && (
          <p className="text-xs text-gray-400">{t("moreVariants", { count: variants.length })}</p>
        )}
        <div className="mt-auto pt-1">
          <CardPrice product={product} />
        </div>
      </div>
    </article>
  )
}
