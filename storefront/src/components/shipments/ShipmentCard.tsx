import { getFormatter, getTranslations } from "next-intl/server"
import { isCarrierCode, type Shipment } from "@/lib/shipments/types"
import CopyButton from "@/components/payments/CopyButton"
import ReceiptForm from "./ReceiptForm"
import ReceiptSummary from "./ReceiptSummary"
import ShipmentItems from "./ShipmentItems"
import ShipmentStateBadge from "./ShipmentStateBadge"
import TrackingEvents from "./TrackingEvents"

type Props = { shipment: Shipment; orderId: string; index: number; total: number }

/**
 * One package: carrier, number to copy or follow, where it is, what is in it,
 * its timeline, and the receipt check (a form until the dealer has done it).
 */
export default async function ShipmentCard({ shipment: s, orderId, index, total }: Props) {
  const t = await getTranslations("Shipments")
  const format = await getFormatter()
  // Known carriers are named in the page's language; "custom" (and any code the storefront predates) by staff's own name.
  const known = isCarrierCode(s.carrier_code) && s.carrier_code !== "custom" ? s.carrier_code : null
  const carrier = known ? t(`carriers.${known}`) : s.carrier_name || t("carriers.custom")
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" })
  const moment = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" })
  // A returned package went back to the warehouse: there is nothing for the dealer to check.
  const canReceive = !s.receipt && s.state !== "returned"

  return (
    <article
      className="flex flex-col gap-4 rounded-lg border border-gray-200 bg-white p-4"
      data-testid="shipment"
      data-shipment-id={s.id}
      data-state={s.state}
      data-received={s.receipt ? "true" : undefined}
      aria-label={total > 1 ? `${t("package", { n: index })} · ${carrier}` : carrier}
    >
      <header className="flex flex-col gap-2">
        <div className="flex items-center justify-between gap-2">
          <p className="min-w-0 truncate text-base font-semibold text-gray-900">
            {total > 1 && <span className="mr-2 text-sm font-normal text-gray-500">{t("package", { n: index })}</span>}
            <span data-testid="shipment-carrier">{carrier}</span>
          </p>
          <ShipmentStateBadge state={s.state} fallback={s.state_label} />
        </div>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm">
          <span className="text-gray-600">{t("trackingNumber")}</span>
          <span className="min-w-0 break-all font-mono font-medium text-gray-900" data-testid="shipment-tracking-number">
            {s.tracking_number}
          </span>
          <span className="flex items-center gap-2">
            <CopyButton value={s.tracking_number} label={t("trackingNumber")} testId="shipment-copy" />
            {s.tracking_url && (
              <a
                href={s.tracking_url}
                target="_blank"
                rel="noopener noreferrer"
                aria-label={t("trackLabel", { number: s.tracking_number })}
                data-testid="shipment-track-link"
                className="inline-flex h-9 items-center rounded-md border border-brand-600 px-3 text-xs font-medium text-brand-600 hover:bg-brand-50"
              >
                {t("track")} ↗
              </a>
            )}
          </span>
        </div>
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
          <dt className="text-gray-600">{t("shippedAt")}</dt>
          <dd className="text-gray-900" data-testid="shipment-shipped-at">{moment(s.shipped_at)}</dd>
          {s.delivered_at ? (
            <>
              <dt className="text-gray-600">{t("deliveredAt")}</dt>
              <dd className="text-gray-900" data-testid="shipment-delivered-at">{moment(s.delivered_at)}</dd>
            </>
          ) : (
            s.estimated_arrival && (
              <>
                <dt className="text-gray-600">{t("eta")}</dt>
                <dd className="font-medium text-gray-900" data-testid="shipment-eta">{day(s.estimated_arrival)}</dd>
              </>
            )
          )}
        </dl>
      </header>
      {/* Side by side on wide screens: a full-width card would leave the timeline a thin strip of text. */}
      <div className="grid gap-4 lg:grid-cols-2 lg:gap-8">
        <ShipmentItems items={s.items} />
        <TrackingEvents events={s.events} />
      </div>
      {s.receipt && <ReceiptSummary receipt={s.receipt} items={s.items} />}
      {canReceive && <ReceiptForm orderId={orderId} shipmentId={s.id} items={s.items} />}
    </article>
  )
}
