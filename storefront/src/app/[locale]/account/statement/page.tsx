import type { Metadata } from "next"
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { getCurrentDealer } from "@/lib/auth/dealer"
import { redirectTo } from "@/lib/auth/redirect"
import { getStatement } from "@/lib/credit/data"
import { currentMonth, isMonth, monthParts, recentMonths } from "@/lib/credit/month"
import { orderNumbers } from "@/lib/credit/order-numbers"
import { formatCNY } from "@/lib/money"
import { firstParam } from "@/lib/pagination"
import EmptyState from "@/components/common/EmptyState"
import MonthPicker from "@/components/statement/MonthPicker"
import PrintButton from "@/components/statement/PrintButton"
import StatementCards from "@/components/statement/StatementCards"
import StatementSummary from "@/components/statement/StatementSummary"
import StatementTable from "@/components/statement/StatementTable"
import "./statement-print.css"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "Statement" })
  return { title: t("title"), robots: { index: false } }
}

/** 对账单: one Beijing month of the credit ledger with running balances; CSV and a print layout for PDF. */
export default async function StatementPage({ params, searchParams }: Props) {
  const locale = toLocale((await params).locale)
  setRequestLocale(locale)
  const current = await getCurrentDealer()
  if (!current) redirectTo("/sign-in", locale)
  const t = await getTranslations("Statement")
  const format = await getFormatter()
  const latest = currentMonth()
  const asked = firstParam((await searchParams).month)
  const month = isMonth(asked) && asked <= latest ? asked : latest
  const options = recentMonths()
  if (!options.includes(month)) options.push(month)
  const statement = await getStatement(month, locale)
  const numbers = statement && statement !== "role" ? await orderNumbers(statement.lines.map((l) => l.order_id), locale) : new Map<string, number>()
  const { year, month: mm } = monthParts(month)
  const monthLabel = format.dateTime(new Date(Date.UTC(year, mm - 1, 15)), { year: "numeric", month: "long", timeZone: "UTC" })

  const back = (
    <Link href="/account" className="inline-flex min-h-[44px] items-center text-sm text-brand-600 hover:underline print:hidden">
      ← {t("back")}
    </Link>
  )
  if (statement === "role") {
    return (
      <div className="flex flex-col gap-4" data-testid="statement-page" data-state="role">
        {back}
        <EmptyState title={t("roleTitle")} hint={t("roleHint")} />
      </div>
    )
  }

  return (
    <div className="flex flex-col gap-4" data-testid="statement-page" data-month={month} data-print-root>
      <div>
        {back}
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div className="min-w-0">
            <h1 className="text-2xl font-bold text-gray-900">
              {t("title")} <span className="hidden print:inline">· {monthLabel}</span>
            </h1>
            <p className="mt-1 break-words text-sm text-gray-600" data-testid="statement-company">
              {statement?.company_name ?? current.dealer.company_name}
              {statement && (statement.account.credit_limit ?? 0) > 0 && (
                <span className="ml-2 text-gray-500">
                  {t("creditLimit", { limit: formatCNY(statement.account.credit_limit ?? 0), days: statement.account.payment_terms_days })}
                </span>
              )}
            </p>
            <p className="mt-1 text-sm text-gray-600 print:hidden">{t("subtitle")}</p>
            <p className="hidden text-xs text-gray-500 print:block">
              {t("printedAt", { date: format.dateTime(new Date(), { dateStyle: "medium", timeStyle: "short" }) })}
            </p>
          </div>
          <MonthPicker month={month} options={options} latest={latest} />
        </div>
      </div>
      {statement === null ? (
        <EmptyState title={t("unavailable")} />
      ) : (
        <>
          <StatementSummary statement={statement} />
          <section aria-labelledby="statement-lines-heading" className="rounded-lg border border-gray-200 bg-white p-4 print:border-0 print:p-0">
            <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
              <h2 id="statement-lines-heading" className="text-base font-semibold text-gray-900">
                {monthLabel} <span className="ml-1 text-sm font-normal text-gray-500">{t("lines", { count: statement.lines.length })}</span>
              </h2>
              <div className="flex flex-wrap gap-2 print:hidden">
                {/* A plain link: the route handler forwards the session and the browser saves the file. */}
                <a
                  href={`/api/statement/csv?month=${month}`}
                  download={`statement-${month}.csv`}
                  data-testid="statement-csv"
                  className="inline-flex h-11 items-center rounded-lg border border-gray-300 bg-white px-4 text-sm font-medium text-gray-700 hover:border-brand-600 hover:text-brand-600"
                >
                  {t("download")}
                </a>
                {/* No download attribute: the file comes as an attachment, and a refusal (e.g. no PDF font on the server) shows its message instead of saving it as a .pdf. */}
                <a
                  href={`/api/statement/pdf?month=${month}`}
                  data-testid="statement-pdf"
                  className="inline-flex h-11 items-center rounded-lg border border-gray-300 bg-white px-4 text-sm font-medium text-gray-700 hover:border-brand-600 hover:text-brand-600"
                >
                  {t("downloadPdf")}
                </a>
                <PrintButton />
              </div>
            </div>
            {statement.lines.length === 0 ? (
              <p className="py-6 text-center text-sm text-gray-500" data-testid="statement-empty">{t("empty")}</p>
            ) : (
              <>
                <StatementTable lines={statement.lines} numbers={numbers} />
                <StatementCards lines={statement.lines} numbers={numbers} />
              </>
            )}
          </section>
        </>
      )}
    </div>
  )
}
