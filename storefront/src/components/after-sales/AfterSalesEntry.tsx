import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { OrderDetail, OrderStatus } from "@/lib/orders/types"
import { getShipments } from "@/lib/shipments/data"

// Goods can be asked about once checked on arrival: a received or completed order
// has been; an order still shipping may have one package checked already.
const RECEIVED: OrderStatus[] = ["received", "completed"]
const SHIPPING: OrderStatus[] = ["partially_shipped", "shipped", "delivered"]

/**
 * 申请售后 on the order page, once something on the order has been received.
 * Which lines and how many is the form's business (the backend's
 * after-sales-lines), so this only opens it.
 */
export default async function AfterSalesEntry({ order }: { order: OrderDetail }) {
  let received = RECEIVED.includes(order.status)
  if (!received && SHIPPING.includes(order.status)) {
    received = (await getShipments(order, await getLocale())).some((s) => s.receipt)
  }
  if (!received) return null
  const t = await getTranslations("AfterSales.entry")
  return (
    <div className="flex flex-col gap-2 rounded-lg border border-gray-200 bg-white p-4 sm:flex-row sm:items-center sm:justify-between" data-testid="after-sales-entry">
      <p className="text-sm text-gray-700">{t("hint")}</p>
      <Link
        href={`/account/after-sales/new?order=${encodeURIComponent(order.id)}`}
        data-testid="after-sales-apply"
        className="inline-flex h-11 shrink-0 items-center justify-center rounded-lg border border-brand-600 bg-white px-5 text-sm font-semibold text-brand-600 hover:bg-brand-50"
      >
        {t("apply")}
      </Link>
    </div>
  )
}
