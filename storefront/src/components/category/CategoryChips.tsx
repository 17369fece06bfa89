import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { categoryName } from "@/lib/localize"
import type { Category } from "@/lib/types"

type Props = {
  /** Where "All" points: the category whose whole subtree is listed. */
  allHref: string
  allActive: boolean
  chips: Category[]
  activeId?: string
}

export default async function CategoryChips({ allHref, allActive, chips, activeId }: Props) {
  if (!chips.length) return null
  const t = await getTranslations("Category")
  const locale = await getLocale()
  const chip = (active: boolean) =>
    `inline-flex min-h-[44px] items-center whitespace-nowrap rounded-full border px-4 text-sm ${
      active
        ? "border-brand-600 bg-brand-600 text-white"
        : "border-gray-300 bg-white text-gray-700 hover:border-brand-600 hover:text-brand-600"
    }`

  return (
    <nav aria-label={t("subcategories")} data-testid="subcategory-chips">
      <ul className="flex flex-wrap gap-2">
        <li>
          <Link href={allHref} aria-current={allActive ? "page" : undefined} className={chip(allActive)}>
            {t("all")}
          </Link>
        </li>
        {chips.map((c) => (
          <li key={c.id}>
            <Link
              href={`/categories/${c.handle}`}
              aria-current={c.id === activeId ? "page" : undefined}
              className={chip(c.id === activeId)}
            >
              {categoryName(c, locale)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
