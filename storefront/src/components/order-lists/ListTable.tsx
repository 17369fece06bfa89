import { getFormatter, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { OrderListSummary } from "@/lib/order-lists/types"
import { ChevronRightIcon, ListIcon } from "@/components/common/icons"

/** The dealer's lists, newest change first, each opening its own page. */
export default async function ListTable({ lists }: { lists: OrderListSummary[] }) {
  const t = await getTranslations("OrderLists")
  const format = await getFormatter()
  const sorted = [...lists].sort((a, b) => (b.updated_at ?? "").localeCompare(a.updated_at ?? ""))
  return (
    <ul className="divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white" data-testid="order-lists">
      {sorted.map((l) => (
        <li key={l.id}>
          <Link
            href={`/account/order-lists/${l.id}`}
            data-testid="order-list-link"
            className="flex min-h-[64px] items-center gap-3 px-4 py-3 hover:bg-gray-50"
          >
            <ListIcon width={22} height={22} className="shrink-0 text-brand-600" />
            <span className="flex min-w-0 flex-1 flex-col">
              <span className="break-words font-medium text-gray-900" data-testid="order-list-name">{l.name}</span>
              <span className="text-xs text-gray-500">
                {t("itemsCount", { count: l.items_count })}
                {l.updated_at && ` · ${t("updated", { date: format.dateTime(new Date(l.updated_at), { dateStyle: "medium" }) })}`}
              </span>
            </span>
            <ChevronRightIcon width={18} height={18} className="shrink-0 text-gray-400" />
          </Link>
        </li>
      ))}
    </ul>
  )
}
