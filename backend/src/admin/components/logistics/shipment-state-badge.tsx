import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { ShipmentState } from "../../lib/logistics-types"

type Color = "grey" | "blue" | "purple" | "green" | "red" | "orange"

// Moving: blue/purple; done: green; needs someone to look: red/orange.
export const STATE_COLORS: Record<ShipmentState, Color> = {
  pending: "grey",
  in_transit: "blue",
  out_for_delivery: "purple",
  delivered: "green",
  exception: "red",
  returned: "orange",
}

/** The badge's colour as a dot, for tabs and the timeline. */
export const STATE_DOT: Record<ShipmentState, string> = {
  pending: "bg-ui-tag-neutral-icon",
  in_transit: "bg-ui-tag-blue-icon",
  out_for_delivery: "bg-ui-tag-purple-icon",
  delivered: "bg-ui-tag-green-icon",
  exception: "bg-ui-tag-red-icon",
  returned: "bg-ui-tag-orange-icon",
}

export const ShipmentStateBadge = ({ state }: { state: ShipmentState }) => {
  const { t } = useTranslation()
  return (
    <StatusBadge color={STATE_COLORS[state] ?? "grey"} className="whitespace-nowrap">
      {t(`dealermall.logistics.states.${state}`, { defaultValue: state })}
    </StatusBadge>
  )
}
