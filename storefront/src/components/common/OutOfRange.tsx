import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import EmptyState from "./EmptyState"

/** `?page=` past the last page: say so and offer page 1, rather than a blank grid. */
export default async function OutOfRange({ pathname, query = {} }: { pathname: string; query?: Record<string, string> }) {
  const t = await getTranslations("Pagination")
  const qs = new URLSearchParams(query).toString()
  return (
    <EmptyState title={t("outOfRange")}>
      <Link
        href={qs ? `${pathname}?${qs}` : pathname}
        className="inline-flex h-11 items-center rounded-lg border-2 border-brand-600 px-5 font-medium text-brand-600 hover:bg-brand-50"
      >
        {t("backToFirst")}
      </Link>
    </EmptyState>
  )
}
