import { useTranslations } from "next-intl"
import { TONE_CLASS, entryTone, signedAmount } from "@/lib/credit/entries"
import { formatCNY } from "@/lib/money"

/** "+¥1,200.00" / "−¥300.00" (a typographic minus so columns line up). */
export function formatSigned(value: number): string {
  if (value === 0) return formatCNY(0)
  return `${value > 0 ? "+" : "−"}${formatCNY(Math.abs(value))}`
}

/** A line's amount as it moves its balance: red adds debt, green is money in; a limit change states the new limit. */
export default function StatementAmount({ type, amount }: { type: string; amount: number }) {
  const t = useTranslations("Statement")
  const signed = signedAmount(type, amount)
  return (
    <span className={`whitespace-nowrap font-semibold tabular-nums ${TONE_CLASS[entryTone(type, amount)]}`} data-testid="statement-amount">
      {signed === null ? t("limitTo", { amount: formatCNY(amount) }) : formatSigned(signed)}
    </span>
  )
}
