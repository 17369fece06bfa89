import type { Metadata } from "next"
import { toLocale } from "@/i18n/routing"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { listProducts } from "@/lib/data/products"
import { PAGE_SIZE, firstParam, parsePage } from "@/lib/pagination"
import Breadcrumb from "@/components/common/Breadcrumb"
import EmptyState from "@/components/common/EmptyState"
import OutOfRange from "@/components/common/OutOfRange"
import Pagination from "@/components/common/Pagination"
import ProductGrid from "@/components/product/ProductGrid"
import SearchBox from "@/components/layout/SearchBox"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const q = firstParam((await searchParams).q)
  const t = await getTranslations({ locale, namespace: "Search" })
  return { title: q ? t("resultsTitle", { q }) : t("title"), robots: { index: false } }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = toLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("Search")
  const sp = await searchParams
  // The backend's q matches title/subtitle/description and variant SKU/barcode.
  const q = firstParam(sp.q).slice(0, 100)
  const page = parsePage(sp.page)

  if (!q) {
    return (
      <div className="flex flex-col gap-4">
        <Breadcrumb items={[{ label: t("title") }]} />
        <h1 className="text-xl font-bold md:text-2xl">{t("title")}</h1>
        <EmptyState title={t("promptTitle")} hint={t("promptHint")}>
          <div className="w-[min(28rem,80vw)]">
            <SearchBox id="search-page-box" />
          </div>
        </EmptyState>
      </div>
    )
  }

  const { items, count } = await listProducts({ q, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })

  return (
    <div className="flex flex-col gap-4">
      <Breadcrumb items={[{ label: t("title") }]} />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="break-all text-xl font-bold md:text-2xl">{t("resultsTitle", { q })}</h1>
        <p className="text-sm text-gray-500" data-testid="result-count">
          {t("resultCount", { count })}
        </p>
      </div>
      {items.length > 0 ? (
        <>
          <ProductGrid products={items} />
          <Pagination pathname="/search" page={page} totalPages={Math.ceil(count / PAGE_SIZE)} query={{ q }} />
        </>
      ) : count > 0 ? (
        <OutOfRange pathname="/search" query={{ q }} />
      ) : (
        <EmptyState title={t("emptyTitle")} hint={t("emptyHint")} />
      )}
    </div>
  )
}
