import { getFormatter, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { OrderSummary } from "@/lib/orders/types"
import { formatCNY } from "@/lib/money"
import { ChevronRightIcon } from "@/components/common/icons"
import OrderStatusBadge from "./OrderStatusBadge"

/** The dealer's orders, one tappable row each: number, date, status, what, PO number, total. */
export default async function OrderRows({ orders }: { orders: OrderSummary[] }) {
  const t = await getTranslations("Orders")
  const format = await getFormatter()
  return (
    <ul className="divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white" data-testid="order-rows">
      {orders.map((o) => (
        <li key={o.id}>
          <Link
            href={`/account/orders/${o.id}`}
            data-testid="order-row"
            data-id={o.id}
            data-status={o.status}
            className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1 px-4 py-3 hover:bg-gray-50 md:grid-cols-[9rem_minmax(0,1fr)_8rem_8rem_1.25rem]"
          >
            <span className="flex flex-wrap items-baseline gap-x-2 md:flex-col md:gap-0">
              <span className="font-semibold text-gray-900" data-testid="order-number">#{o.display_id}</span>
              <time dateTime={o.created_at} className="text-xs text-gray-500">
                {format.dateTime(new Date(o.created_at), { dateStyle: "medium", timeStyle: "short" })}
              </time>
            </span>
            <span className="justify-self-end md:order-3 md:justify-self-start">
              <OrderStatusBadge status={o.status} size="sm" />
            </span>
            <span className="col-span-2 flex min-w-0 flex-col text-sm md:order-2 md:col-span-1">
              <span className="truncate text-gray-800">
                {o.first_item_title
                  ? o.items_count > 1
                    ? t("itemsMore", { title: o.first_item_title, count: o.items_count })
                    : o.first_item_title
                  : t("items", { count: o.items_count })}
              </span>
              {o.po_number && (
                <span className="truncate text-xs text-gray-500" data-testid="order-po">
                  {t("po", { po: o.po_number })}
                </span>
              )}
            </span>
            <span className="col-span-2 text-right font-semibold tabular-nums text-gray-900 md:order-4 md:col-span-1" data-testid="order-total">
              {o.total === null ? "—" : formatCNY(o.total)}
            </span>
            <ChevronRightIcon width={18} height={18} className="hidden text-gray-400 md:order-5 md:block" />
          </Link>
        </li>
      ))}
    </ul>
  )
}
