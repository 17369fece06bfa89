"use client"

import { useLocale, useTranslations } from "next-intl"
import { useSearchParams } from "next/navigation"
import { getPathname, usePathname } from "@/i18n/navigation"
import { SearchIcon } from "@/components/common/icons"

// A plain GET form: search works before hydration and without JS.
// Client-side only to prefill the box with the query on the results page.
export default function SearchBox({ id }: { id: string }) {
  const t = useTranslations("Search")
  const locale = useLocale()
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const current = pathname === "/search" ? searchParams.get("q") ?? "" : ""

  return (
    <form
      role="search"
      action={getPathname({ href: "/search", locale })}
      method="get"
      className="flex w-full items-stretch"
    >
      <label htmlFor={id} className="sr-only">
        {t("label")}
      </label>
      <input
        key={current}
        id={id}
        name="q"
        type="search"
        defaultValue={current}
        placeholder={t("placeholder")}
        enterKeyHint="search"
        autoComplete="off"
        maxLength={100}
        className="h-11 min-w-0 flex-1 rounded-l-lg border-2 border-r-0 border-brand-600 bg-white px-3 text-base text-gray-900 placeholder:text-gray-400 focus:outline-none focus:ring-2 focus:ring-brand-200"
      />
      <button
        type="submit"
        className="flex h-11 shrink-0 items-center gap-1 rounded-r-lg bg-brand-600 px-4 text-base font-medium text-white hover:bg-brand-700 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
      >
        <SearchIcon />
        <span className="sr-only sm:not-sr-only">{t("submit")}</span>
      </button>
    </form>
  )
}
