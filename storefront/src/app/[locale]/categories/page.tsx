import type { Metadata } from "next"
import { toLocale } from "@/i18n/routing"
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { childrenOf, listCategories, topLevelCategories } from "@/lib/data/categories"
import { categoryName } from "@/lib/localize"
import Breadcrumb from "@/components/common/Breadcrumb"
import EmptyState from "@/components/common/EmptyState"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "Category" })
  return { title: t("allTitle") }
}

// The whole tree on one page: the phone's "Categories" tab lands here.
export default async function CategoriesPage({ params }: Props) {
  const locale = toLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("Category")
  const current = await getLocale()
  const all = await listCategories()
  const roots = topLevelCategories(all)

  return (
    <div className="flex flex-col gap-4">
      <Breadcrumb items={[{ label: t("allTitle") }]} />
      <h1 className="text-xl font-bold md:text-2xl">{t("allTitle")}</h1>
      {roots.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
          {roots.map((root) => (
            <li key={root.id} className="rounded-lg border border-gray-200 bg-white p-4">
              <h2 className="text-base font-semibold">
                <Link href={`/categories/${root.handle}`} data-testid="category-link" className="inline-flex min-h-[44px] items-center hover:text-brand-600">
                  {categoryName(root, current)}
                </Link>
              </h2>
              <ul className="mt-1 flex flex-wrap gap-2">
                {childrenOf(all, root.id).map((child) => (
                  <li key={child.id}>
                    <Link
                      href={`/categories/${child.handle}`}
                      className="inline-flex min-h-[44px] items-center rounded-full bg-gray-100 px-4 text-sm text-gray-700 hover:bg-brand-50 hover:text-brand-600"
                    >
                      {categoryName(child, current)}
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
