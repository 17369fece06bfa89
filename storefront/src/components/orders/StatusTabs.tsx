import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { OrderStatus } from "@/lib/orders/types"

// The stages a dealer looks for; rarer ones (部分发货, 已送达 …) are reached through "all".
export const TAB_STATUSES: OrderStatus[] = [
  "in_review",
  "changes_requested",
  "awaiting_payment",
  "paid",
  "processing",
  "shipped",
  "completed",
  "rejected",
  "cancelled",
]

/** Status filter as links (the list is server-rendered); scrolls sideways on a phone instead of wrapping. */
export default async function StatusTabs({ current, q }: { current: OrderStatus | null; q: string }) {
  const t = await getTranslations("Orders")
  const ts = await getTranslations("OrderStatus")
  const href = (status: OrderStatus | null) => {
    const params = new URLSearchParams()
    if (status) params.set("status", status)
    if (q) params.set("q", q)
    const qs = params.toString()
    return qs ? `/account/orders?${qs}` : "/account/orders"
  }
  const tabs: { status: OrderStatus | null; label: string }[] = [
    { status: null, label: t("all") },
    ...TAB_STATUSES.map((s) => ({ status: s, label: ts(s) })),
  ]
  return (
    <nav aria-label={t("tabsLabel")} className="-mx-4 overflow-x-auto px-4 md:mx-0 md:px-0" data-testid="status-tabs">
      <ul className="flex min-w-max gap-1 border-b border-gray-200">
        {tabs.map(({ status, label }) => {
          const active = status === current
          return (
            <li key={status ?? "all"}>
              <Link
                href={href(status)}
                aria-current={active ? "page" : undefined}
                data-testid="status-tab"
                data-status={status ?? "all"}
                className={`-mb-px inline-flex h-11 items-center whitespace-nowrap border-b-2 px-3 text-sm ${
                  active ? "border-brand-600 font-semibold text-brand-600" : "border-transparent text-gray-600 hover:text-gray-900"
                }`}
              >
                {label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
