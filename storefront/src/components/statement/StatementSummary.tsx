import { useTranslations } from "next-intl"
import { formatCNY } from "@/lib/money"
import type { Statement } from "@/lib/credit/types"

/** 期初 and 期末: what was owed and held in prepaid at the start and at the end of the month. */
export default function StatementSummary({ statement }: { statement: Statement }) {
  const t = useTranslations("Statement")
  const box = (key: "opening" | "closing", v: { outstanding: number; prepaid: number }) => (
    <div className="flex min-w-0 flex-col gap-1 rounded-lg border border-gray-200 bg-white p-3 print:border-gray-400" data-testid={`statement-${key}`}>
      <span className="text-sm font-semibold text-gray-700">{t(key)}</span>
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 text-sm">
        <dt className="text-gray-500">{t("outstanding")}</dt>
        <dd className="text-right font-semibold tabular-nums text-gray-900" data-testid={`statement-${key}-outstanding`}>{formatCNY(v.outstanding)}</dd>
        <dt className="text-gray-500">{t("prepaid")}</dt>
        <dd className="text-right font-semibold tabular-nums text-gray-900" data-testid={`statement-${key}-prepaid`}>{formatCNY(v.prepaid)}</dd>
      </dl>
    </div>
  )
  return (
    <div className="grid grid-cols-2 gap-3 sm:max-w-xl" data-testid="statement-summary">
      {box("opening", statement.opening)}
      {box("closing", statement.closing)}
    </div>
  )
}
