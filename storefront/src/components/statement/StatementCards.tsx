import { useFormatter, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { formatCNY } from "@/lib/money"
import type { StatementLine } from "@/lib/credit/types"
import EntryLabel from "./EntryLabel"
import StatementAmount from "./StatementAmount"
import { lineDate, lineTime } from "./statement-format"

/** The statement on a phone: one card per movement, nine columns would not fit 390 px. */
export default function StatementCards({ lines, numbers }: { lines: StatementLine[]; numbers: Map<string, number> }) {
  const t = useTranslations("Statement.columns")
  const format = useFormatter()
  return (
    <ul className="divide-y divide-gray-100 md:hidden print:hidden" data-testid="statement-cards">
      {lines.map((l) => {
        const number = l.order_id ? numbers.get(l.order_id) : undefined
        return (
          <li key={l.id} data-testid="statement-line" data-type={l.type} data-order-id={l.order_id ?? undefined} className="flex flex-col gap-1 py-3 text-sm">
            <div className="flex items-baseline justify-between gap-3">
              <span className="font-medium text-gray-900"><EntryLabel type={l.type} /></span>
              <StatementAmount type={l.type} amount={l.amount} />
            </div>
            <p className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-gray-500">
              <span className="tabular-nums">{lineTime(format, l.created_at)}</span>
              {l.order_id && number !== undefined && (
                <Link href={`/account/orders/${l.order_id}`} className="text-brand-600 hover:underline">
                  {t("order")} #{number}
                </Link>
              )}
              {l.reference && <span className="break-all font-mono">{t("reference")} {l.reference}</span>}
              {l.due_at && <span className="tabular-nums">{t("due")} {lineDate(format, l.due_at)}</span>}
            </p>
            <p className="flex flex-wrap gap-x-4 text-xs tabular-nums text-gray-700">
              <span>{t("outstandingAfter")} {formatCNY(l.outstanding_after)}</span>
              <span>{t("prepaidAfter")} {formatCNY(l.prepaid_after)}</span>
            </p>
            {l.note && <p className="break-words text-xs text-gray-600">{l.note}</p>}
          </li>
        )
      })}
    </ul>
  )
}
