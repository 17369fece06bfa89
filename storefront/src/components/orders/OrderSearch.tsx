import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { SearchIcon } from "@/components/common/icons"

/**
 * A plain GET form: the search lives in the URL, so it can be bookmarked and
 * works before hydration. The status filter rides along as a hidden field.
 */
export default async function OrderSearch({ q, status, action }: { q: string; status: string | null; action: string }) {
  const t = await getTranslations("Orders")
  return (
    <form action={action} method="get" role="search" className="flex flex-wrap gap-2" data-testid="order-search">
      {status && <input type="hidden" name="status" value={status} />}
      <label htmlFor="order-q" className="sr-only">{t("searchLabel")}</label>
      <div className="relative min-w-0 flex-1 basis-56">
        <SearchIcon width={18} height={18} className="pointer-events-none absolute left-3 top-1/2 -translate-y-1/2 text-gray-400" />
        <input
          id="order-q"
          type="search"
          name="q"
          defaultValue={q}
          maxLength={60}
          placeholder={t("searchPlaceholder")}
          className="h-11 w-full rounded-lg border border-gray-300 bg-white pl-10 pr-3 text-base placeholder:text-gray-400 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100"
        />
      </div>
      <button type="submit" className="h-11 rounded-lg bg-brand-600 px-5 text-sm font-semibold text-white hover:bg-brand-700">
        {t("searchSubmit")}
      </button>
      {q && (
        <Link
          href={status ? `/account/orders?status=${status}` : "/account/orders"}
          className="inline-flex h-11 items-center px-2 text-sm text-gray-600 underline hover:text-brand-600"
        >
          {t("clearSearch")}
        </Link>
      )}
    </form>
  )
}
