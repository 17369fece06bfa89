import type { Metadata } from "next"
import { toLocale } from "@/i18n/routing"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { ancestryOf, listCategories } from "@/lib/data/categories"
import { getProductByHandle } from "@/lib/data/products"
import { categoryName, productDescription, productSubtitle, productTitle } from "@/lib/localize"
import type { Category, Product } from "@/lib/types"
import Breadcrumb, { type Crumb } from "@/components/common/Breadcrumb"
import ProductGallery from "@/components/product/ProductGallery"
import ProductSummary from "@/components/product/ProductSummary"
import VariantsTable from "@/components/product/VariantsTable"
import ProductPriceBox from "@/components/wholesale/ProductPriceBox"
import PurchaseSection from "@/components/wholesale/PurchaseSection"
import { getOrderLists } from "@/lib/order-lists/data"
import { getBuyer } from "@/lib/wholesale/buyer"
import { getWholesaleVariants } from "@/lib/wholesale/variants"

type Props = { params: Promise<{ locale: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, handle } = await params
  const locale = toLocale(raw)
  const product = await getProductByHandle(handle)
  if (!product) return {}
  return {
    title: productTitle(product, locale),
    description: productSubtitle(product, locale) ?? undefined,
  }
}

function categoryCrumbs(product: Product, all: Category[], locale: string): Crumb[] {
  const first = product.categories?.[0]
  const node = first && all.find((c) => c.id === first.id)
  if (!node) return []
  return ancestryOf(all, node).map((c) => ({ label: categoryName(c, locale), href: `/categories/${c.handle}` }))
}

export default async function ProductPage({ params }: Props) {
  const { locale: raw, handle } = await params
  const locale = toLocale(raw)
  setRequestLocale(locale)
  const product = await getProductByHandle(handle)
  if (!product) notFound()

  const t = await getTranslations("Product")
  // The breadcrumb is a nicety: a category lookup failure must not hide the product.
  const all = await listCategories().catch(() => [] as Category[])
  const title = productTitle(product, locale)
  const description = productDescription(product, locale)
  const images = (product.images ?? []).map((i) => i.url).filter(Boolean)
  if (!images.length && product.thumbnail) images.push(product.thumbnail)
  // Approved dealers only: everybody else's page carries no price data at all.
  const buyer = await getBuyer()
  const [wholesale, orderLists] = buyer
    ? await Promise.all([
        getWholesaleVariants({ productId: product.id }, locale),
        buyer.canOrder ? getOrderLists(locale) : Promise.resolve(null),
      ])
    : [null, null]

  return (
    <div className="flex flex-col gap-6">
      <Breadcrumb items={[...categoryCrumbs(product, all, locale), { label: title }]} />
      <div className="grid gap-6 md:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] md:gap-10">
        <ProductGallery images={images} title={title} />
        <ProductSummary
          product={product}
          price={buyer ? <ProductPriceBox product={product} wholesale={wholesale} /> : undefined}
        />
      </div>
      {buyer && (
        <PurchaseSection product={product} wholesale={wholesale} canOrder={buyer.canOrder} orderLists={orderLists} />
      )}
      <VariantsTable product={product} />
      <section aria-labelledby="description-heading" className="rounded-lg border border-gray-200 bg-white">
        <h2 id="description-heading" className="border-b border-gray-200 px-4 py-3 text-base font-semibold">
          {t("description")}
        </h2>
        <div className="whitespace-pre-line px-4 py-4 leading-relaxed text-gray-700" data-testid="product-description">
          {description || <span className="text-gray-400">{t("noDescription")}</span>}
        </div>
      </section>
    </div>
  )
}
