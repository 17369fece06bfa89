import { Select, Tabs, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useAfterSalesCount } from "../../lib/after-sales"
import { CASE_KINDS, CASE_TABS, CaseKind, CaseTab } from "../../lib/after-sales-types"
import { STATUS_DOT } from "./case-badges"

type Filters = { kind?: CaseKind; q?: string }

const TabCount = ({ tab, filters }: { tab: CaseTab; filters: Filters }) => {
  const { data } = useAfterSalesCount({ ...filters, status: tab === "all" ? undefined : tab })
  if (data === undefined) return null
  // New requests are the ones waiting on staff: make a non-empty inbox visible from afar.
  const alert = tab === "requested" && data > 0
  return (
    <Text as="span" size="xsmall" className={`ml-1 tabular-nums ${alert ? "text-ui-tag-orange-text" : "text-ui-fg-muted"}`}>
      {data}
    </Text>
  )
}

/** Status tabs; counts follow the kind and search filters so staff see where the matches are. */
export const CaseStatusTabs = ({ value, filters, onChange }: { value: CaseTab; filters: Filters; onChange: (tab: CaseTab) => void }) => {
  const { t } = useTranslation()
  return (
    <Tabs value={value} onValueChange={(v) => onChange(v as CaseTab)}>
      <Tabs.List className="flex-wrap">
        {CASE_TABS.map((tab) => (
          <Tabs.Trigger key={tab} value={tab} className="gap-x-1.5" data-testid={`case-tab-${tab}`}>
            {tab !== "all" && <span className={`size-2 rounded-full ${STATUS_DOT[tab]}`} aria-hidden />}
            {t(`dealermall.afterSales.tabs.${tab}`)}
            <TabCount tab={tab} filters={filters} />
          </Tabs.Trigger>
        ))}
      </Tabs.List>
    </Tabs>
  )
}

const ANY = "any"

export const CaseKindSelect = ({ value, onChange }: { value: CaseKind | undefined; onChange: (k: CaseKind | undefined) => void }) => {
  const { t } = useTranslation()
  return (
    <Select size="small" value={value ?? ANY} onValueChange={(v) => onChange(v === ANY ? undefined : (v as CaseKind))}>
      <Select.Trigger className="w-full md:w-[180px]" aria-label={t("dealermall.afterSales.filters.kind")}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ANY}>{t("dealermall.afterSales.filters.anyKind")}</Select.Item>
        {CASE_KINDS.map((k) => (
          <Select.Item key={k} value={k}>
            {t(`dealermall.afterSales.kinds.${k}`)}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
