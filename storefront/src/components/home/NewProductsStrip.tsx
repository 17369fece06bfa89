import { getTranslations } from "next-intl/server"
import type { Product } from "@/lib/types"
import SectionHeading from "@/components/common/SectionHeading"
import EmptyState from "@/components/common/EmptyState"
import ProductCard from "@/components/product/ProductCard"

// Phone: a swipeable strip (cards keep a readable width). Desktop: 4 × 2 grid.
export default async function NewProductsStrip({ products }: { products: Product[] }) {
  const t = await getTranslations("Home")
  return (
    <section aria-labelledby="new-products-heading">
      <SectionHeading id="new-products-heading" title={t("newProductsTitle")} />
      {products.length === 0 ? (
        <EmptyState title={t("newProductsEmpty")} />
      ) : (
        <ul
          data-testid="new-products"
          className="-mx-4 flex snap-x gap-3 overflow-x-auto px-4 pb-2 md:mx-0 md:grid md:grid-cols-4 md:gap-4 md:overflow-visible md:px-0"
        >
          {products.map((p) => (
            <li key={p.id} className="w-40 shrink-0 snap-start md:w-auto">
              <ProductCard product={p} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
