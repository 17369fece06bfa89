import { DocumentText, EllipsisHorizontal, MapPin, TruckFast } from "@medusajs/icons"
import { Button, DropdownMenu, IconButton } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { Shipment, WarehouseOrder } from "../../lib/logistics-types"
import { useCarrierLabel } from "./use-carrier-label"

type Props = {
  order: WarehouseOrder
  busy: boolean
  onMark: (order: WarehouseOrder, step: "picked" | "packed") => void
  onShip: (order: WarehouseOrder) => void
  onOpenShipment: (shipment: Shipment) => void
}

/** Packages already sent, as menu entries that open their tracking. */
const ShipmentItems = ({ order, onOpen }: { order: WarehouseOrder; onOpen: (s: Shipment) => void }) => {
  const { t } = useTranslation()
  const carrierLabel = useCarrierLabel()
  if (order.shipments.length === 0) return null
  return (
    <>
      <DropdownMenu.Label>{t("dealermall.logistics.actions.sentPackages")}</DropdownMenu.Label>
      {order.shipments.map((s) => (
        <DropdownMenu.Item key={s.id} className="gap-x-2" onClick={() => onOpen(s)}>
          <MapPin className="text-ui-fg-subtle" />
          <span className="truncate">
            {carrierLabel(s)} <span className="font-mono">{s.tracking_number}</span>
          </span>
          <span className="text-ui-fg-subtle ml-auto pl-2 whitespace-nowrap">{t(`dealermall.logistics.states.${s.state}`)}</span>
        </DropdownMenu.Item>
      ))}
    </>
  )
}

/**
 * The stage's next step is the visible button; the rest sit in the menu. Shipping is offered at
 * every stage: small orders are often picked, packed and shipped in one go.
 */
export const WarehouseRowActions = ({ order, busy, onMark, onShip, onOpenShipment }: Props) => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const pickList = `/warehouse/${order.id}/pick-list`

  if (order.stage === "shipped") {
    return (
      <div className="flex justify-end">
        <DropdownMenu>
          <DropdownMenu.Trigger asChild>
            <Button size="small" variant="secondary" data-testid="view-shipments">
              <MapPin />
              {t("dealermall.logistics.actions.viewShipments", { count: order.shipments.length })}
            </Button>
          </DropdownMenu.Trigger>
          <DropdownMenu.Content align="end" className="max-w-[360px]">
            <ShipmentItems order={order} onOpen={onOpenShipment} />
          </DropdownMenu.Content>
        </DropdownMenu>
      </div>
    )
  }

  const primary =
    order.stage === "to_pick" ? (
      <Button size="small" variant="secondary" disabled={busy} onClick={() => onMark(order, "picked")} data-testid="mark-picked">
        {t("dealermall.logistics.actions.picked")}
      </Button>
    ) : order.stage === "to_pack" ? (
      <Button size="small" variant="secondary" disabled={busy} onClick={() => onMark(order, "packed")} data-testid="mark-packed">
        {t("dealermall.logistics.actions.packed")}
      </Button>
    ) : (
      <Button size="small" variant="secondary" onClick={() => onShip(order)} data-testid="ship-order">
        <TruckFast />
        {t("dealermall.logistics.actions.ship")}
      </Button>
    )

  return (
    <div className="flex items-center justify-end gap-x-2">
      {/* Picking starts from the printed list, so it stays one click away until the goods are packed. */}
      {order.stage !== "to_ship" && (
        <Button size="small" variant="transparent" onClick={() => navigate(pickList)} data-testid="open-pick-list">
          <DocumentText />
          {t("dealermall.logistics.actions.printPickList")}
        </Button>
      )}
      {primary}
      <DropdownMenu>
        <DropdownMenu.Trigger asChild>
          <IconButton size="small" variant="transparent" aria-label={t("dealermall.actions.more")} data-testid="row-menu">
            <EllipsisHorizontal />
          </IconButton>
        </DropdownMenu.Trigger>
        <DropdownMenu.Content align="end">
          <DropdownMenu.Item className="gap-x-2" onClick={() => navigate(pickList)}>
            <DocumentText className="text-ui-fg-subtle" />
            {t("dealermall.logistics.actions.printPickList")}
          </DropdownMenu.Item>
          {order.stage !== "to_ship" && (
            <DropdownMenu.Item className="gap-x-2" onClick={() => onShip(order)}>
              <TruckFast className="text-ui-fg-subtle" />
              {t("dealermall.logistics.actions.ship")}
            </DropdownMenu.Item>
          )}
          {order.shipments.length > 0 && <DropdownMenu.Separator />}
          <ShipmentItems order={order} onOpen={onOpenShipment} />
        </DropdownMenu.Content>
      </DropdownMenu>
    </div>
  )
}
