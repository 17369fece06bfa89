import { Table, Text, Tooltip } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { formatAgeHours, hoursSince, useFormatters } from "../../lib/locale"
import { formatAddress } from "../../lib/logistics-format"
import { Shipment, WarehouseOrder } from "../../lib/logistics-types"
import { ListPagination } from "./list-pagination"
import { PaymentBadge } from "./payment-badge"
import { WarehouseRowActions } from "./warehouse-row-actions"

type Props = {
  orders: WarehouseOrder[]
  count: number
  pageSize: number
  pageIndex: number
  onPageChange: (pageIndex: number) => void
  busyId: string | null
  onMark: (order: WarehouseOrder, step: "picked" | "packed") => void
  onShip: (order: WarehouseOrder) => void
  onOpenShipment: (shipment: Shipment) => void
}

/** Orders waiting more than a day or two are coloured: the warehouse works oldest first. */
function ageClass(o: WarehouseOrder, hours: number): string {
  if (o.stage === "shipped") return "text-ui-fg-subtle"
  if (hours >= 72) return "text-ui-tag-red-text"
  if (hours >= 24) return "text-ui-tag-orange-text"
  return "text-ui-fg-base"
}

export const WarehouseTable = ({ orders, count, pageSize, pageIndex, onPageChange, busyId, onMark, onShip, onOpenShipment }: Props) => {
  const { t } = useTranslation()
  const { formatDateTime } = useFormatters()
  return (
    <div>
      <div className="overflow-x-auto">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("dealermall.logistics.columns.order")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dealermall.logistics.columns.dealer")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dealermall.logistics.columns.payment")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("dealermall.logistics.columns.items")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dealermall.logistics.columns.age")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dealermall.logistics.columns.city")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("dealermall.logistics.columns.actions")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {orders.map((o) => {
              const hours = hoursSince(o.created_at, null) ?? 0
              const city = o.shipping_address?.city || o.shipping_address?.province
              return (
                <Table.Row key={o.id} data-testid="warehouse-row">
                  <Table.Cell>
                    <Link to={`/orders/${o.id}`} className="txt-compact-small-plus text-ui-fg-base tabular-nums hover:underline">
                      #{o.display_id}
                    </Link>
                  </Table.Cell>
                  <Table.Cell className="max-w-[260px]">
                    <Text size="small" leading="compact" className="truncate" title={o.dealer?.company_name}>
                      {o.dealer?.company_name ?? "—"}
                    </Text>
                  </Table.Cell>
                  <Table.Cell>
                    <PaymentBadge order={o} />
                  </Table.Cell>
                  <Table.Cell className="text-right whitespace-nowrap tabular-nums">
                    {/* Remaining first: that is what still has to leave the warehouse. */}
                    {o.remaining_count < o.item_count && o.stage !== "shipped" ? (
                      <span>
                        {o.remaining_count}
                        <span className="text-ui-fg-muted"> / {o.item_count}</span>
                      </span>
                    ) : (
                      o.item_count
                    )}
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap">
                    <Tooltip content={formatDateTime(o.created_at)}>
                      <span className={`txt-compact-small tabular-nums ${ageClass(o, hours)}`}>{formatAgeHours(hours, t)}</span>
                    </Tooltip>
                  </Table.Cell>
                  <Table.Cell className="max-w-[180px]">
                    <Text size="small" leading="compact" className="truncate" title={formatAddress(o.shipping_address)}>
                      {city || "—"}
                    </Text>
                  </Table.Cell>
                  <Table.Cell>
                    <WarehouseRowActions order={o} busy={busyId === o.id} onMark={onMark} onShip={onShip} onOpenShipment={onOpenShipment} />
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      </div>
      <ListPagination count={count} pageSize={pageSize} pageIndex={pageIndex} onPageChange={onPageChange} />
    </div>
  )
}
