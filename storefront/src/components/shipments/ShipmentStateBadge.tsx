import { useTranslations } from "next-intl"
import { isShipmentState, type ShipmentState } from "@/lib/shipments/types"

// Same palette as the order badge: on the way blue, done green, trouble red/grey.
const TONE: Record<ShipmentState, string> = {
  pending: "bg-amber-100 text-amber-900 ring-amber-300",
  in_transit: "bg-indigo-100 text-indigo-900 ring-indigo-300",
  out_for_delivery: "bg-sky-100 text-sky-900 ring-sky-300",
  delivered: "bg-green-100 text-green-900 ring-green-300",
  exception: "bg-red-100 text-red-900 ring-red-300",
  returned: "bg-gray-200 text-gray-800 ring-gray-400",
}

/** Where the package is, in the page's language; an unknown state shows the backend's own label. */
export default function ShipmentStateBadge({ state, fallback }: { state: string; fallback: string }) {
  const t = useTranslations("Shipments.states")
  const known = isShipmentState(state) ? state : null
  return (
    <span
      data-testid="shipment-state"
      data-state={state}
      className={`inline-flex shrink-0 items-center whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${
        known ? TONE[known] : TONE.returned
      }`}
    >
      {known ? t(known) : fallback}
    </span>
  )
}
