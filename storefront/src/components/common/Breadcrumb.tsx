import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { ChevronRightIcon } from "./icons"

export type Crumb = { label: string; href?: string }

/** Home is always first; the last crumb is the current page (not a link). */
export default async function Breadcrumb({ items }: { items: Crumb[] }) {
  const t = await getTranslations("Breadcrumb")
  const crumbs: Crumb[] = [{ label: t("home"), href: "/" }, ...items]

  return (
    <nav aria-label={t("label")} className="text-sm text-gray-500" data-testid="breadcrumb">
      <ol className="flex flex-wrap items-center gap-x-1">
        {crumbs.map((c, i) => {
          const last = i === crumbs.length - 1
          return (
            <li key={`${i}-${c.label}`} className="flex items-center gap-x-1">
              {i > 0 && <ChevronRightIcon width={14} height={14} className="text-gray-400" />}
              {c.href && !last ? (
                <Link href={c.href} className="inline-flex min-h-[32px] items-center hover:text-brand-600">
                  {c.label}
                </Link>
              ) : (
                <span aria-current={last ? "page" : undefined} className={last ? "text-gray-800" : undefined}>
                  {c.label}
                </span>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
