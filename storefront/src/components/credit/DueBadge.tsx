import { useTranslations } from "next-intl"
import { daysUntil } from "@/lib/credit/days"

/**
 * How an open charge stands: overdue (red, with how long), due today (amber)
 * or due in N days. `overdue` is the backend's verdict; days are Beijing days.
 */
export default function DueBadge({ dueAt, overdue }: { dueAt: string | null; overdue: boolean }) {
  const t = useTranslations("Funds.openItems")
  if (!dueAt) return null
  const days = daysUntil(dueAt)
  const [tone, text] = overdue
    ? ["bg-red-100 text-red-800 ring-red-300", days < 0 ? t("overdue", { days: -days }) : t("overdueToday")]
    : days <= 0
      ? ["bg-amber-100 text-amber-900 ring-amber-300", t("dueToday")]
      : ["bg-gray-100 text-gray-700 ring-gray-300", t("dueIn", { days })]
  return (
    <span
      data-testid="due-badge"
      data-overdue={overdue || undefined}
      className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${tone}`}
    >
      {text}
    </span>
  )
}
