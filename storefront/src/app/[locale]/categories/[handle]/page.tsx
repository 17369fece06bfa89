import type { Metadata } from "next"
import { toLocale } from "@/i18n/routing"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { ancestryOf, childrenOf, getCategoryByHandle, listCategories, subtreeIds } from "@/lib/data/categories"
import { listProducts } from "@/lib/data/products"
import { categoryName } from "@/lib/localize"
import { PAGE_SIZE, parsePage } from "@/lib/pagination"
import Breadcrumb from "@/components/common/Breadcrumb"
import EmptyState from "@/components/common/EmptyState"
import Pagination from "@/components/common/Pagination"
import CategoryChips from "@/components/category/CategoryChips"
import ProductGrid from "@/components/product/ProductGrid"
import OutOfRange from "@/components/common/OutOfRange"

type Props = {
  params: Promise<{ locale: string; handle: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, handle } = await params
  const locale = toLocale(raw)
  const category = await getCategoryByHandle(handle)
  return category ? { title: categoryName(category, locale) } : {}
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { locale: raw, handle } = await params
  const locale = toLocale(raw)
  setRequestLocale(locale)
  const t = await getTranslations("Category")
  const all = await listCategories()
  const category = all.find((c) => c.handle === handle)
  if (!category) notFound()

  const page = parsePage((await searchParams).page)
  // Products are usually attached to leaf categories, so a parent lists its whole subtree.
  const { items, count } = await listProducts({
    categoryId: subtreeIds(all, category.id),
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  })
  const totalPages = Math.ceil(count / PAGE_SIZE)
  const pathname = `/categories/${category.handle}`

  const trail = ancestryOf(all, category)
  const children = childrenOf(all, category.id)
  const parent = trail.length > 1 ? trail[trail.length - 2] : undefined
  // A leaf shows its siblings instead, so dealers can hop across the branch.
  const chips = children.length ? children : parent ? childrenOf(all, parent.id) : []
  const allHref = children.length || !parent ? pathname : `/categories/${parent.handle}`

  return (
    <div className="flex flex-col gap-4">
      <Breadcrumb
        items={trail.map((c, i) => ({
          label: categoryName(c, locale),
          href: i < trail.length - 1 ? `/categories/${c.handle}` : undefined,
        }))}
      />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-bold md:text-2xl">{categoryName(category, locale)}</h1>
        <p className="text-sm text-gray-500" data-testid="result-count">
          {t("productCount", { count })}
        </p>
      </div>
      <CategoryChips
        allHref={allHref}
        allActive={children.length > 0}
        chips={chips}
        activeId={children.length ? undefined : category.id}
      />
      {items.length > 0 ? (
        <>
          <ProductGrid products={items} />
          <Pagination pathname={pathname} page={page} totalPages={totalPages} />
        </>
      ) : count > 0 ? (
        <OutOfRange pathname={pathname} />
      ) : (
        <EmptyState title={t("empty")} hint={t("emptyHint")} />
      )}
    </div>
  )
}
