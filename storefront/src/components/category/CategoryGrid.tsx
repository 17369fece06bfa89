import { getLocale } from "next-intl/server"
import { childrenOf } from "@/lib/data/categories"
import { categoryName } from "@/lib/localize"
import type { Category } from "@/lib/types"
import CategoryTile from "./CategoryTile"

/** Tiles for `roots`, each listing a few of its children from `all`. */
export default async function CategoryGrid({ roots, all }: { roots: Category[]; all: Category[] }) {
  const locale = await getLocale()
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
      {roots.map((c, i) => (
        <li key={c.id}>
          <CategoryTile
            category={c}
            index={i}
            locale={locale}
            childNames={childrenOf(all, c.id)
              .slice(0, 3)
              .map((child) => categoryName(child, locale))}
          />
        </li>
      ))}
    </ul>
  )
}
