import { useLocale, useTranslations } from "next-intl"
import { unitFor } from "@/lib/wholesale/unit"
import type { WholesaleVariant } from "@/lib/wholesale/types"

const TONE = {
  plenty: "bg-green-50 text-green-800 ring-green-200",
  low: "bg-amber-50 text-amber-900 ring-amber-200",
  out: "bg-gray-100 text-gray-600 ring-gray-300",
} as const

/** Stock as a level (充足/紧张/缺货), or the exact count when the brand owner chose to show it. */
export default function StockBadge({ stock, unit }: { stock: WholesaleVariant["stock"]; unit: string }) {
  const t = useTranslations("Purchase.stock")
  const locale = useLocale()
  const label =
    stock.quantity !== null && stock.level !== "out"
      ? t("exact", { quantity: stock.quantity, unit: unitFor(unit, stock.quantity, locale) })
      : t(stock.level)
  return (
    <span
      data-testid="stock"
      data-level={stock.level}
      className={`inline-flex shrink-0 items-center rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset ${TONE[stock.level]}`}
    >
      {label}
    </span>
  )
}
