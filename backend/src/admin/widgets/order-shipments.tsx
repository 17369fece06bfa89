import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { ShipmentDrawer } from "../components/logistics/shipment-drawer"
import { ShipmentStateBadge } from "../components/logistics/shipment-state-badge"
import { useCarrierLabel } from "../components/logistics/use-carrier-label"
import { useShipments } from "../lib/logistics"
import { Shipment } from "../lib/logistics-types"

/** The order's packages on Medusa's order page: carrier, number and state; a click opens the tracking drawer. */
const OrderShipmentsWidget = ({ data }: { data?: { id?: string } }) => {
  const { t } = useTranslation()
  const carrier = useCarrierLabel()
  const [open, setOpen] = useState<Shipment | null>(null)
  const { data: list } = useShipments({ order_id: data?.id, limit: 50, offset: 0 })
  if (!data?.id || !list) return null
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("dealermall.logistics.orderWidget.title")}</Heading>
        {list.count > 0 && <Text size="small" className="text-ui-fg-subtle">{t("dealermall.logistics.orderWidget.count", { count: list.count })}</Text>}
      </div>
      {list.shipments.length === 0 ? (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">{t("dealermall.logistics.orderWidget.empty")}</Text>
      ) : (
        list.shipments.map((s) => (
          <button key={s.id} type="button" onClick={() => setOpen(s)} className="flex w-full items-center justify-between gap-x-3 px-6 py-3 text-left hover:bg-ui-bg-base-hover" data-testid="order-shipment">
            <div className="min-w-0">
              <Text size="small" weight="plus" className="truncate">{carrier(s)}</Text>
              <Text size="small" className="truncate font-mono text-ui-fg-subtle">{s.tracking_number}</Text>
            </div>
            <ShipmentStateBadge state={s.state} />
          </button>
        ))
      )}
      <ShipmentDrawer shipment={open} open={!!open} onOpenChange={(o) => !o && setOpen(null)} />
    </Container>
  )
}

export const config = defineWidgetConfig({ id: "dealermall:order-shipments", zone: "order.details.side.after" })

export default OrderShipmentsWidget
