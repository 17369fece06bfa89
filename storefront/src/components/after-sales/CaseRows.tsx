import { getFormatter, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { AfterSalesCase } from "@/lib/after-sales-types"
import { formatCNY } from "@/lib/money"
import { ChevronRightIcon } from "@/components/common/icons"
import CaseStatusBadge from "./CaseStatusBadge"
import KindName from "./KindName"

/** The company's cases, one tappable row each: kind and status first (what a dealer scans for), then order, date, goods, refund. */
export default async function CaseRows({ cases }: { cases: AfterSalesCase[] }) {
  const t = await getTranslations("AfterSales")
  const format = await getFormatter()
  return (
    <ul className="divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white" data-testid="case-rows">
      {cases.map((c) => {
        const [first] = c.lines
        return (
          <li key={c.id}>
            <Link
              href={`/account/after-sales/${c.id}`}
              data-testid="case-row"
              data-id={c.id}
              data-status={c.status}
              className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1 px-4 py-3 hover:bg-gray-50 md:grid-cols-[8rem_minmax(0,1fr)_7rem_7rem_1.25rem]"
            >
              <span className="flex flex-wrap items-baseline gap-x-2 md:flex-col md:gap-0">
                <span className="font-semibold text-gray-900" data-testid="case-kind">
                  <KindName kind={c.kind} label={c.kind_label} />
                </span>
                <span className="text-sm text-gray-700" data-testid="case-order">{t("order", { id: c.display_id })}</span>
              </span>
              <span className="justify-self-end md:order-3 md:justify-self-start">
                <CaseStatusBadge status={c.status} label={c.status_label} size="sm" />
              </span>
              <span className="col-span-2 flex min-w-0 flex-col text-sm md:order-2 md:col-span-1">
                {first && (
                  <span className="truncate text-gray-800">
                    {c.lines.length > 1 ? t("linesSummary", { title: first.title, count: c.lines.length }) : first.title}
                  </span>
                )}
                <time dateTime={c.created_at} className="text-xs text-gray-500">
                  {format.dateTime(new Date(c.created_at), { dateStyle: "medium", timeStyle: "short" })}
                </time>
              </span>
              {/* Kept as an empty cell on wide screens so the columns line up. */}
              <span className="col-span-2 text-right text-sm font-semibold tabular-nums text-green-800 empty:hidden md:order-4 md:col-span-1 md:empty:block" data-testid="case-refund">
                {c.refund_amount !== null && c.refund_amount > 0 ? formatCNY(c.refund_amount) : null}
              </span>
              <ChevronRightIcon width={18} height={18} className="hidden text-gray-400 md:order-5 md:block" />
            </Link>
          </li>
        )
      })}
    </ul>
  )
}
