import { Tabs, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useWarehouseCount } from "../../lib/logistics"
import { WAREHOUSE_STAGES, WarehouseStage } from "../../lib/logistics-types"

const TabCount = ({ stage, q }: { stage: WarehouseStage; q: string }) => {
  const { data } = useWarehouseCount(stage, q)
  if (data === undefined) return null
  // Work waiting is orange; the shipped tab is history.
  const waiting = stage !== "shipped" && data > 0
  return (
    <Text as="span" size="xsmall" className={`ml-1 tabular-nums ${waiting ? "text-ui-tag-orange-text" : "text-ui-fg-muted"}`}>
      {data}
    </Text>
  )
}

/** Stage tabs; counts follow the search so staff see where a match sits. */
export const StageTabs = ({ value, q, onChange }: { value: WarehouseStage; q: string; onChange: (s: WarehouseStage) => void }) => {
  const { t } = useTranslation()
  return (
    <Tabs value={value} onValueChange={(v) => onChange(v as WarehouseStage)}>
      <Tabs.List className="flex-wrap">
        {WAREHOUSE_STAGES.map((s) => (
          <Tabs.Trigger key={s} value={s} data-testid={`warehouse-tab-${s}`}>
            {t(`dealermall.logistics.stages.${s}`)}
            <TabCount stage={s} q={q} />
          </Tabs.Trigger>
        ))}
      </Tabs.List>
    </Tabs>
  )
}
