import { Text } from "@medusajs/ui"
import { formatMoney } from "../../lib/locale"

/** "+¥1,200.00" / "−¥300.00": a typographic minus so columns of signed amounts line up. */
export function formatSigned(value: number): string {
  if (value === 0) return formatMoney(0)
  return `${value > 0 ? "+" : "−"}${formatMoney(Math.abs(value))}`
}

/** Sums amounts in fen so a column of two-decimal amounts adds up exactly (display only; the server keeps the books). */
export function sumMoney(values: number[]): number {
  return values.reduce((s, v) => s + Math.round(Number(v) * 100), 0) / 100
}

/** An amount that matters only when above zero (overdue): red when it is, a muted dash when not. */
export const AlertAmount = ({ value }: { value: number }) =>
  value > 0 ? (
    <Text size="small" leading="compact" weight="plus" className="text-ui-tag-red-text tabular-nums whitespace-nowrap">
      {formatMoney(value)}
    </Text>
  ) : (
    <Text size="small" leading="compact" className="text-ui-fg-muted">
      —
    </Text>
  )
