import { useFormatter, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { formatCNY } from "@/lib/money"
import type { StatementLine } from "@/lib/credit/types"
import EntryLabel from "./EntryLabel"
import StatementAmount from "./StatementAmount"
import { lineDate, lineTime } from "./statement-format"

/** The statement as a table: on wide screens and on paper (the print layout always uses it). */
export default function StatementTable({ lines, numbers }: { lines: StatementLine[]; numbers: Map<string, number> }) {
  const t = useTranslations("Statement.columns")
  const format = useFormatter()
  const th = "whitespace-nowrap px-2 py-2 text-left font-medium text-gray-600 print:px-1"
  const td = "px-2 py-2 align-top print:px-1"
  return (
    <div className="hidden overflow-x-auto md:block print:block print:overflow-visible" data-testid="statement-table">
      <table className="w-full border-collapse text-sm print:text-[10px]">
        <thead className="border-b border-gray-200 bg-gray-50 print:bg-transparent">
          <tr>
            <th className={th}>{t("time")}</th>
            <th className={th}>{t("type")}</th>
            <th className={`${th} text-right`}>{t("amount")}</th>
            <th className={th}>{t("order")}</th>
            <th className={th}>{t("reference")}</th>
            <th className={th}>{t("due")}</th>
            <th className={`${th} text-right`}>{t("outstandingAfter")}</th>
            <th className={`${th} text-right`}>{t("prepaidAfter")}</th>
            <th className={th}>{t("note")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {lines.map((l) => {
            const number = l.order_id ? numbers.get(l.order_id) : undefined
            return (
              <tr key={l.id} data-testid="statement-line" data-type={l.type} data-order-id={l.order_id ?? undefined} className="break-inside-avoid">
                <td className={`${td} whitespace-nowrap tabular-nums text-gray-700`}>{lineTime(format, l.created_at)}</td>
                <td className={`${td} whitespace-nowrap text-gray-900`}><EntryLabel type={l.type} /></td>
                <td className={`${td} text-right`}><StatementAmount type={l.type} amount={l.amount} /></td>
                <td className={`${td} whitespace-nowrap`}>
                  {l.order_id && number !== undefined ? (
                    <Link href={`/account/orders/${l.order_id}`} className="text-brand-600 hover:underline print:text-gray-900">#{number}</Link>
                  ) : null}
                </td>
                <td className={`${td} whitespace-nowrap font-mono text-xs leading-5 text-gray-700 print:whitespace-normal print:break-all print:text-[10px]`}>{l.reference}</td>
                <td className={`${td} whitespace-nowrap tabular-nums text-gray-700`}>{lineDate(format, l.due_at)}</td>
                <td className={`${td} whitespace-nowrap text-right tabular-nums text-gray-900`}>{formatCNY(l.outstanding_after)}</td>
                <td className={`${td} whitespace-nowrap text-right tabular-nums text-gray-900`}>{formatCNY(l.prepaid_after)}</td>
                <td className={`${td} min-w-[10rem] break-words text-gray-600`}>{l.note}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
