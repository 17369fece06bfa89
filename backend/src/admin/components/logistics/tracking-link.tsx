import { ArrowUpRightOnBox } from "@medusajs/icons"
import { Shipment } from "../../lib/logistics-types"

/** The number, linking to the carrier's public tracking page when there is one (own delivery has none). */
export const TrackingLink = ({ shipment }: { shipment: Pick<Shipment, "tracking_number" | "tracking_url"> }) =>
  shipment.tracking_url ? (
    <a
      href={shipment.tracking_url}
      target="_blank"
      rel="noreferrer"
      className="txt-compact-small text-ui-fg-interactive inline-flex items-center gap-x-1 font-mono hover:underline"
      onClick={(e) => e.stopPropagation()}
    >
      {shipment.tracking_number}
      <ArrowUpRightOnBox className="size-3.5" />
    </a>
  ) : (
    <span className="txt-compact-small font-mono">{shipment.tracking_number}</span>
  )
