import { Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { useFormatters } from "../../lib/locale"
import { Shipment } from "../../lib/logistics-types"
import { ListPagination } from "./list-pagination"
import { ShipmentStateBadge } from "./shipment-state-badge"
import { TrackingLink } from "./tracking-link"
import { useCarrierLabel } from "./use-carrier-label"

type Props = {
  shipments: Shipment[]
  count: number
  pageSize: number
  pageIndex: number
  onPageChange: (pageIndex: number) => void
  onOpen: (shipment: Shipment) => void
}

/** Past the promised day and not delivered: worth a call to the carrier. */
function late(s: Shipment, today: number): boolean {
  return !!s.estimated_arrival && !["delivered", "returned"].includes(s.state) && Date.parse(s.estimated_arrival) < today
}

export const ShipmentsTable = ({ shipments, count, pageSize, pageIndex, onPageChange, onOpen }: Props) => {
  const { t } = useTranslation()
  const { formatDate, formatDateTime } = useFormatters()
  const carrierLabel = useCarrierLabel()
  const startOfToday = new Date().setHours(0, 0, 0, 0)
  return (
    <div>
      <div className="overflow-x-auto">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("dealermall.logistics.columns.state")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dealermall.logistics.columns.carrier")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dealermall.logistics.columns.tracking")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dealermall.logistics.columns.order")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dealermall.logistics.columns.dealer")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dealermall.logistics.columns.eta")}</Table.HeaderCell>
              <Table.HeaderCell>{t("dealermall.logistics.columns.lastEvent")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {shipments.map((s) => {
              const last = s.events?.[0]
              return (
                <Table.Row key={s.id} className="cursor-pointer" onClick={() => onOpen(s)} data-testid="shipment-row">
                  <Table.Cell>
                    <ShipmentStateBadge state={s.state} />
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap">{carrierLabel(s)}</Table.Cell>
                  <Table.Cell className="whitespace-nowrap">
                    <TrackingLink shipment={s} />
                  </Table.Cell>
                  <Table.Cell>
                    <Link
                      to={`/orders/${s.order_id}`}
                      className="txt-compact-small-plus text-ui-fg-base tabular-nums hover:underline"
                      onClick={(e) => e.stopPropagation()}
                    >
                      {s.display_id != null ? `#${s.display_id}` : s.order_id}
                    </Link>
                  </Table.Cell>
                  <Table.Cell className="max-w-[220px]">
                    <Text size="small" leading="compact" className="truncate" title={s.dealer?.company_name}>
                      {s.dealer?.company_name ?? "—"}
                    </Text>
                  </Table.Cell>
                  <Table.Cell className={`whitespace-nowrap ${late(s, startOfToday) ? "text-ui-tag-red-text" : ""}`}>
                    {s.state === "delivered" && s.delivered_at
                      ? t("dealermall.logistics.shipments.deliveredOn", { date: formatDate(s.delivered_at) })
                      : formatDate(s.estimated_arrival)}
                  </Table.Cell>
                  <Table.Cell className="max-w-[280px]">
                    {last ? (
                      <>
                        <Text size="small" leading="compact" className="truncate" title={last.description}>
                          {[last.location, last.description].filter(Boolean).join(" · ")}
                        </Text>
                        <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
                          {formatDateTime(last.occurred_at)}
                        </Text>
                      </>
                    ) : (
                      <Text size="small" leading="compact" className="text-ui-fg-muted">
                        {s.last_event_at ? formatDateTime(s.last_event_at) : t("dealermall.logistics.shipments.noEvents")}
                      </Text>
                    )}
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
