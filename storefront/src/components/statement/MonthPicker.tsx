"use client"

import { useFormatter, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { addMonths, monthParts } from "@/lib/credit/month"

type Props = { month: string; options: string[]; latest: string }

/**
 * The statement's month: a plain GET form (works before hydration and
 * without JS), submitted on change, with 上个月 / 下个月 beside it.
 */
export default function MonthPicker({ month, options, latest }: Props) {
  const t = useTranslations("Statement")
  const format = useFormatter()
  const label = (m: string) => {
    const { year, month: mm } = monthParts(m)
    return format.dateTime(new Date(Date.UTC(year, mm - 1, 15)), { year: "numeric", month: "long", timeZone: "UTC" })
  }
  const step = "inline-flex h-11 items-center rounded-lg border border-gray-300 bg-white px-3 text-sm font-medium text-gray-700 hover:border-brand-600 hover:text-brand-600"
  const next = addMonths(month, 1)
  return (
    <form method="get" className="flex flex-wrap items-center gap-2 print:hidden" data-testid="month-picker">
      <Link href={`/account/statement?month=${addMonths(month, -1)}`} className={step} aria-label={t("prev")} data-testid="month-prev">
        ←<span className="ml-1 hidden sm:inline">{t("prev")}</span>
      </Link>
      <label className="sr-only" htmlFor="statement-month">{t("month")}</label>
      <select
        id="statement-month"
        name="month"
        defaultValue={month}
        onChange={(e) => e.currentTarget.form?.requestSubmit()}
        className="h-11 rounded-lg border border-gray-300 bg-white px-3 text-base focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100"
        data-testid="month-select"
      >
        {options.map((m) => (
          <option key={m} value={m}>{label(m)}</option>
        ))}
      </select>
      <noscript>
        <button type="submit" className={step}>{t("show")}</button>
      </noscript>
      {next <= latest && (
        <Link href={`/account/statement?month=${next}`} className={step} aria-label={t("next")} data-testid="month-next">
          <span className="mr-1 hidden sm:inline">{t("next")}</span>→
        </Link>
      )}
    </form>
  )
}
