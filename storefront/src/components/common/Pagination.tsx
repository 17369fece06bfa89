import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { pageWindow } from "@/lib/pagination"
import { ChevronLeftIcon, ChevronRightIcon } from "./icons"

type Props = {
  /** Locale-less path, e.g. /categories/drinks */
  pathname: string
  page: number
  totalPages: number
  /** Other query parameters to keep, e.g. { q } on search. */
  query?: Record<string, string>
}

const cell =
  "inline-flex h-11 min-w-[44px] items-center justify-center rounded-md border px-3 text-sm"

export default async function Pagination({ pathname, page, totalPages, query = {} }: Props) {
  if (totalPages <= 1) return null
  const t = await getTranslations("Pagination")
  const href = (p: number) => {
    const params = new URLSearchParams(query)
    if (p > 1) params.set("page", String(p))
    const qs = params.toString()
    return qs ? `${pathname}?${qs}` : pathname
  }

  return (
    <nav aria-label={t("label")} className="mt-8 flex flex-col items-center gap-3" data-testid="pagination">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        <li>
          {page > 1 ? (
            <Link href={href(page - 1)} rel="prev" className={`${cell} border-gray-300 bg-white hover:border-brand-600`}>
              <ChevronLeftIcon width={16} height={16} />
              <span className="ml-1">{t("previous")}</span>
            </Link>
          ) : (
            <span aria-disabled="true" className={`${cell} border-gray-200 text-gray-300`}>
              <ChevronLeftIcon width={16} height={16} />
              <span className="ml-1">{t("previous")}</span>
            </span>
          )}
        </li>
        {pageWindow(page, totalPages).map((p, i) =>
          p === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true" className="hidden px-1 text-gray-400 sm:block">
              …
            </li>
          ) : (
            <li key={p} className={p === page ? undefined : "hidden sm:block"}>
              <Link
                href={href(p)}
                aria-label={t("page", { page: p })}
                aria-current={p === page ? "page" : undefined}
                className={`${cell} ${
                  p === page
                    ? "border-brand-600 bg-brand-600 text-white"
                    : "border-gray-300 bg-white hover:border-brand-600"
                }`}
              >
                {p}
              </Link>
            </li>
          )
        )}
        <li>
          {page < totalPages ? (
            <Link href={href(page + 1)} rel="next" className={`${cell} border-gray-300 bg-white hover:border-brand-600`}>
              <span className="mr-1">{t("next")}</span>
              <ChevronRightIcon width={16} height={16} />
            </Link>
          ) : (
            <span aria-disabled="true" className={`${cell} border-gray-200 text-gray-300`}>
              <span className="mr-1">{t("next")}</span>
              <ChevronRightIcon width={16} height={16} />
            </span>
          )}
        </li>
      </ul>
      <p className="text-sm text-gray-500">{t("status", { page, total: totalPages })}</p>
    </nav>
  )
}
