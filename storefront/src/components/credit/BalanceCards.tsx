import { useTranslations } from "next-intl"
import { formatCNY } from "@/lib/money"
import type { CreditView } from "@/lib/credit/types"

type Card = { key: "limit" | "outstanding" | "held" | "available" | "prepaid" | "overdue"; amount: number; hint: string; alert?: boolean }

/**
 * The six figures a dealer's finance person asks about, each with what it
 * means: 信用额度, 欠款, 占用, 可用, 预存款, and 逾期 in red when there is any.
 */
export default function BalanceCards({ credit }: { credit: CreditView }) {
  const t = useTranslations("Funds")
  const b = credit.balances
  const hasCredit = (credit.account.credit_limit ?? 0) > 0
  const cards: Card[] = [
    {
      key: "limit",
      amount: b.credit_limit,
      hint: hasCredit ? t("cardHints.limit", { days: credit.account.payment_terms_days }) : t("cardHints.noCredit"),
    },
    { key: "outstanding", amount: b.outstanding, hint: t("cardHints.outstanding") },
    { key: "held", amount: b.held, hint: t("cardHints.held") },
    { key: "available", amount: b.available, hint: t("cardHints.available") },
    { key: "prepaid", amount: b.prepaid, hint: t("cardHints.prepaid") },
    {
      key: "overdue",
      amount: credit.overdue_amount,
      hint: credit.overdue_amount > 0 ? t("cardHints.overdue") : t("cardHints.noOverdue"),
      alert: credit.overdue_amount > 0,
    },
  ]
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6" data-testid="balance-cards">
      {cards.map((c) => (
        <li
          key={c.key}
          data-testid={`balance-${c.key}`}
          className={`flex min-w-0 flex-col gap-1 rounded-lg border p-3 ${c.alert ? "border-red-300 bg-red-50" : "border-gray-200 bg-white"}`}
        >
          <span className={`text-sm ${c.alert ? "font-semibold text-red-800" : "text-gray-600"}`}>{t(`cards.${c.key}`)}</span>
          <span className={`break-all text-lg font-bold tabular-nums sm:text-xl ${c.alert ? "text-red-700" : c.key === "available" ? "text-brand-700" : "text-gray-900"}`}>
            {formatCNY(c.amount)}
          </span>
          <span className={`text-xs ${c.alert ? "text-red-800" : "text-gray-500"}`}>{c.hint}</span>
        </li>
      ))}
    </ul>
  )
}
