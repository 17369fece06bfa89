import { getLocale, getTranslations } from "next-intl/server"
import type { OrderDetail } from "@/lib/orders/types"
import { getShipments } from "@/lib/shipments/data"
import ShipmentCard from "./ShipmentCard"

/**
 * 包裹: one card per package of the order, once the warehouse has shipped
 * any. Nothing at all before that, so orders in review keep their page.
 */
export default async function OrderShipments({ order }: { order: OrderDetail }) {
  const locale = await getLocale()
  const shipments = await getShipments(order, locale)
  if (shipments.length === 0) return null
  const t = await getTranslations("Shipments")
  return (
    <section aria-labelledby="shipments-heading" className="flex min-w-0 flex-col gap-3" data-testid="order-shipments">
      <h2 id="shipments-heading" className="flex items-baseline gap-2 text-lg font-semibold text-gray-900">
        {t("title")}
        <span className="text-sm font-normal text-gray-500">{t("count", { count: shipments.length })}</span>
      </h2>
      <ol className="flex flex-col gap-3">
        {shipments.map((shipment, i) => (
          <li key={shipment.id} className="min-w-0">
            <ShipmentCard shipment={shipment} orderId={order.id} index={i + 1} total={shipments.length} />
          </li>
        ))}
      </ol>
    </section>
  )
}
