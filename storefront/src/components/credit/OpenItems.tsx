import { useFormatter, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { formatCNY } from "@/lib/money"
import type { OpenItem } from "@/lib/credit/types"
import DueBadge from "./DueBadge"

/**
 * 未结清账款: on-account charges not yet repaid, oldest first (repayments settle
 * the oldest first), each with its order, what is still open and its due date.
 */
export default function OpenItems({ items, numbers }: { items: OpenItem[]; numbers: Map<string, number> }) {
  const t = useTranslations("Funds.openItems")
  const format = useFormatter()
  const date = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: "medium", timeZone: "Asia/Shanghai" }) : "—")
  return (
    <section aria-labelledby="open-items-heading" className="rounded-lg border border-gray-200 bg-white p-4" data-testid="open-items">
      <h2 id="open-items-heading" className="text-base font-semibold text-gray-900">{t("title")}</h2>
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-gray-500">{t("empty")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-gray-100">
          {items.map((item, i) => {
            const number = item.order_id ? numbers.get(item.order_id) : undefined
            const label = number !== undefined ? `${t("order")} #${number}` : t("unknownOrder")
            return (
              <li
                key={`${item.order_id ?? "adj"}-${i}`}
                data-testid="open-item"
                data-order-id={item.order_id ?? undefined}
                data-overdue={item.overdue || undefined}
                className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-3 gap-y-1 py-3 text-sm"
              >
                <span className="font-medium text-gray-900">
                  {item.order_id && number !== undefined ? (
                    <Link href={`/account/orders/${item.order_id}`} className="text-brand-600 hover:underline">{label}</Link>
                  ) : (
                    label
                  )}
                </span>
                <span className={`text-right font-semibold tabular-nums ${item.overdue ? "text-red-700" : "text-gray-900"}`} data-testid="open-item-amount">
                  {formatCNY(item.open)}
                </span>
                <span className="flex flex-wrap items-center gap-x-2 gap-y-1 text-gray-500">
                  <span>{t("due")} {date(item.due_at)}</span>
                  <DueBadge dueAt={item.due_at} overdue={item.overdue} />
                </span>
                <span className="text-right text-xs text-gray-500">
                  {item.open !== item.charged && t("charged", { amount: formatCNY(item.charged) })}
                </span>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
