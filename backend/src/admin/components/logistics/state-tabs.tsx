import { Tabs, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useShipments } from "../../lib/logistics"
import { SHIPMENT_STATES, ShipmentState } from "../../lib/logistics-types"
import { STATE_DOT } from "./shipment-state-badge"

export type StateTab = ShipmentState | "all"

const TabCount = ({ state, q, carrier }: { state: StateTab; q: string; carrier?: string }) => {
  const { data } = useShipments({ state: state === "all" ? undefined : state, q: q || undefined, carrier_code: carrier, limit: 1, offset: 0 })
  if (!data) return null
  const alert = (state === "exception" || state === "returned") && data.count > 0
  return (
    <Text as="span" size="xsmall" className={`ml-1 tabular-nums ${alert ? "text-ui-tag-red-text" : "text-ui-fg-muted"}`}>
      {data.count}
    </Text>
  )
}

/** One tab per tracking state, each with the colour its badge has in the table. */
export const StateTabs = ({ value, q, carrier, onChange }: { value: StateTab; q: string; carrier?: string; onChange: (s: StateTab) => void }) => {
  const { t } = useTranslation()
  return (
    <Tabs value={value} onValueChange={(v) => onChange(v as StateTab)}>
      <Tabs.List className="flex-wrap">
        {(["all", ...SHIPMENT_STATES] as StateTab[]).map((s) => (
          <Tabs.Trigger key={s} value={s} className="gap-x-1.5" data-testid={`shipment-tab-${s}`}>
            {s !== "all" && <span className={`size-2 rounded-full ${STATE_DOT[s]}`} aria-hidden />}
            {t(s === "all" ? "dealermall.logistics.shipments.all" : `dealermall.logistics.states.${s}`)}
            <TabCount state={s} q={q} carrier={carrier} />
          </Tabs.Trigger>
        ))}
      </Tabs.List>
    </Tabs>
  )
}
