import { useLocale, useTranslations } from "next-intl"
import { unitFor } from "@/lib/wholesale/unit"
import { formatCNY } from "@/lib/money"
import type { PriceBreak } from "@/lib/wholesale/types"

/** 数量 / 单价: the tier's quantity breaks, the row that applies to the chosen quantity marked. */
export default function BreaksTable({ breaks, quantity, unit }: { breaks: PriceBreak[]; quantity: number; unit: string }) {
  const t = useTranslations("Purchase.breaks")
  const locale = useLocale()
  if (breaks.length < 2) return null
  const sorted = [...breaks].sort((a, b) => a.min_quantity - b.min_quantity)
  const applies = (b: PriceBreak) => b.min_quantity <= quantity && (b.max_quantity === null || quantity <= b.max_quantity)
  return (
    <table className="w-full max-w-sm text-sm" data-testid="breaks-table">
      <caption className="mb-1 text-left text-xs font-medium text-gray-500">{t("caption")}</caption>
      <thead>
        <tr className="bg-gray-50 text-gray-600">
          <th scope="col" className="px-3 py-1.5 text-left font-medium">{t("quantity")}</th>
          <th scope="col" className="px-3 py-1.5 text-right font-medium">{t("unitPrice")}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-gray-100">
        {sorted.map((b) => (
          <tr
            key={b.min_quantity}
            data-testid="break-row"
            aria-current={applies(b) || undefined}
            className={applies(b) ? "bg-brand-50 font-semibold text-brand-700" : "text-gray-800"}
          >
            <td className="px-3 py-1.5">
              {b.max_quantity === null
                ? t("atLeast", { min: b.min_quantity, unit: unitFor(unit, 2, locale) })
                : t("range", { min: b.min_quantity, max: b.max_quantity, unit: unitFor(unit, b.max_quantity, locale) })}
            </td>
            <td className="px-3 py-1.5 text-right tabular-nums">{formatCNY(b.amount)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
