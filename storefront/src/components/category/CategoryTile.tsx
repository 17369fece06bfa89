import { Link } from "@/i18n/navigation"
import { categoryName } from "@/lib/localize"
import type { Category } from "@/lib/types"

// Categories have no images in the catalogue; a tinted glyph keeps the grid
// scannable without inventing artwork.
const TINTS = [
  "bg-red-50 text-red-700",
  "bg-amber-50 text-amber-700",
  "bg-emerald-50 text-emerald-700",
  "bg-sky-50 text-sky-700",
  "bg-violet-50 text-violet-700",
  "bg-rose-50 text-rose-700",
  "bg-teal-50 text-teal-700",
  "bg-orange-50 text-orange-700",
]

type Props = { category: Category; childNames: string[]; index: number; locale: string }

export default function CategoryTile({ category, childNames, index, locale }: Props) {
  return (
    <Link
      href={`/categories/${category.handle}`}
      data-testid="category-tile"
      className="flex h-full items-center gap-3 rounded-lg border border-gray-200 bg-white p-3 transition hover:border-brand-300 hover:shadow-md md:p-4"
    >
      <span
        aria-hidden="true"
        className={`flex h-10 w-10 shrink-0 items-center justify-center rounded-full text-lg font-bold md:h-12 md:w-12 md:text-xl ${
          TINTS[index % TINTS.length]
        }`}
      >
        {Array.from(category.name)[0]}
      </span>
      <span className="min-w-0">
        {/* Two lines, not an ellipsis: English names are long in a 2-column phone grid. */}
        <span className="line-clamp-2 break-words font-medium leading-snug text-gray-900" data-testid="category-tile-name">
          {categoryName(category, locale)}
        </span>
        {childNames.length > 0 && (
          <span className="mt-0.5 block truncate text-xs text-gray-500">{childNames.join(" · ")}</span>
        )}
      </span>
    </Link>
  )
}
