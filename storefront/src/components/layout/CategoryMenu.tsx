import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { categoryName } from "@/lib/localize"
import type { Category } from "@/lib/types"
import { GridIcon } from "@/components/common/icons"

// Desktop: a brand-coloured bar. Phone: the same links as a swipeable row,
// scrolling inside itself so the page never gets wider than the screen.
export default async function CategoryMenu({ categories }: { categories: Category[] }) {
  const t = await getTranslations("Header")
  const locale = await getLocale()

  return (
    <nav aria-label={t("categoryMenu")} className="bg-brand-600 text-white">
      <ul className="mx-auto flex max-w-page items-stretch gap-1 overflow-x-auto px-2 lg:px-6 [scrollbar-width:none]">
        <li className="shrink-0">
          <Link
            href="/categories"
            className="flex h-11 items-center gap-2 whitespace-nowrap bg-brand-800 px-4 font-medium hover:bg-brand-900 focus-visible:outline focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-white"
          >
            <GridIcon width={18} height={18} />
            {t("allCategories")}
          </Link>
        </li>
        {categories.map((c) => (
          <li key={c.id} className="shrink-0">
            <Link
              href={`/categories/${c.handle}`}
              className="flex h-11 items-center whitespace-nowrap px-3 hover:bg-brand-700 focus-visible:outline focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-white"
            >
              {categoryName(c, locale)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
