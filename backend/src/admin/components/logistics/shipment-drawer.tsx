import { Alert, Badge, Drawer, Heading, Skeleton, Text } from "@medusajs/ui"
import { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { errorMessage } from "../../lib/dealers"
import { useFormatters } from "../../lib/locale"
import { useShipment } from "../../lib/logistics"
import { Shipment } from "../../lib/logistics-types"
import { AddEventForm } from "./add-event-form"
import { EventTimeline } from "./event-timeline"
import { ShipmentStateBadge } from "./shipment-state-badge"
import { TrackingLink } from "./tracking-link"
import { useCarrierLabel } from "./use-carrier-label"

type Props = { shipment: Shipment | null; open: boolean; onOpenChange: (open: boolean) => void }

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="grid grid-cols-[110px_1fr] items-start gap-x-3">
    <Text size="small" className="text-ui-fg-subtle">{label}</Text>
    <div className="txt-compact-small min-w-0">{children}</div>
  </div>
)

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <section className="flex flex-col gap-y-3">
    <Heading level="h3">{title}</Heading>
    {children}
  </section>
)

const Detail = ({ shipment: s }: { shipment: Shipment }) => {
  const { t } = useTranslation()
  const { formatDate, formatDateTime } = useFormatters()
  return (
    <div className="flex flex-col gap-y-6">
      <div className="flex flex-col gap-y-2">
        <Row label={t("dealermall.logistics.columns.order")}>
          <Link to={`/orders/${s.order_id}`} className="text-ui-fg-interactive hover:underline">#{s.display_id ?? s.order_id}</Link>
          {s.dealer && <span className="text-ui-fg-subtle"> · {s.dealer.company_name}</span>}
        </Row>
        <Row label={t("dealermall.logistics.columns.tracking")}><TrackingLink shipment={s} /></Row>
        <Row label={t("dealermall.logistics.shipments.shippedAt")}>{formatDateTime(s.shipped_at)}</Row>
        <Row label={t("dealermall.logistics.columns.eta")}>{formatDate(s.estimated_arrival)}</Row>
        {s.delivered_at && <Row label={t("dealermall.logistics.shipments.deliveredAt")}>{formatDateTime(s.delivered_at)}</Row>}
        {s.receipt && (
          <Row label={t("dealermall.logistics.shipments.receipt")}>
            {formatDateTime(s.receipt.confirmed_at)}
            {s.receipt.auto && <Badge size="2xsmall" className="ml-2">{t("dealermall.logistics.shipments.autoReceipt")}</Badge>}
            {s.receipt.discrepancy && <Badge size="2xsmall" color="red" className="ml-2">{t("dealermall.logistics.shipments.discrepancy")}</Badge>}
          </Row>
        )}
      </div>
      <Section title={t("dealermall.logistics.shipments.items")}>
        <ul className="flex flex-col gap-y-1">
          {s.items.map((i) => (
            <li key={i.line_item_id} className="flex justify-between gap-x-3">
              <Text size="small" className="truncate">
                {i.title}
                <span className="text-ui-fg-subtle">{[i.variant_title, i.sku].filter(Boolean).map((x) => ` · ${x}`).join("")}</span>
              </Text>
              <Text size="small" className="tabular-nums">× {i.quantity}</Text>
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t("dealermall.logistics.shipments.timeline")}>
        <EventTimeline events={s.events ?? []} />
      </Section>
      <Section title={t("dealermall.logistics.events.title")}>
        <AddEventForm shipmentId={s.id} />
      </Section>
    </div>
  )
}

/** The list row is shown at once; the full record (with every event) replaces it when it arrives. */
const Content = ({ row }: { row: Shipment }) => {
  const { t } = useTranslation()
  const { data, error, isLoading } = useShipment(row.id)
  const carrierLabel = useCarrierLabel()
  // The detail route may leave out the dealer the list row carries.
  const s = data ? { ...data, dealer: data.dealer ?? row.dealer } : row
  return (
    <>
      <Drawer.Header>
        <div className="flex items-center gap-x-2">
          <Drawer.Title>{carrierLabel(s)} {s.tracking_number}</Drawer.Title>
          <ShipmentStateBadge state={s.state} />
        </div>
        <Drawer.Description>{t("dealermall.logistics.shipments.detailDescription")}</Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        {error ? <Alert variant="error">{errorMessage(error, t("dealermall.logistics.loadError"))}</Alert> : null}
        {isLoading && !row.events ? <Skeleton className="h-40 w-full" /> : <Detail shipment={s} />}
      </Drawer.Body>
    </>
  )
}

export const ShipmentDrawer = ({ shipment, open, onOpenChange }: Props) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content className="md:max-w-[560px]">{shipment && <Content row={shipment} />}</Drawer.Content>
  </Drawer>
)
