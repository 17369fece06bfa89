import { Select, Tabs, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useOrderReviewCount, useReviewStages } from "../../lib/order-reviews"
import { REVIEW_TABS, ReviewListParams, ReviewTab } from "../../lib/order-review-types"

type Filters = Omit<ReviewListParams, "status" | "offset" | "limit">

const TabCount = ({ status, filters }: { status: ReviewListParams["status"]; filters: Filters }) => {
  const { data } = useOrderReviewCount(status, filters)
  if (data === undefined) return null
  return (
    <Text as="span" size="xsmall" className="text-ui-fg-muted ml-1 tabular-nums">
      {data}
    </Text>
  )
}

/** Status tabs; counts follow the other filters so staff see where the matches are. */
export const ReviewStatusTabs = ({
  value,
  filters,
  onChange,
}: {
  value: ReviewTab
  filters: Filters
  onChange: (tab: ReviewTab) => void
}) => {
  const { t } = useTranslation()
  return (
    <Tabs value={value} onValueChange={(v) => onChange(v as ReviewTab)}>
      <Tabs.List className="flex-wrap">
        {REVIEW_TABS.map((tab) => (
          <Tabs.Trigger key={tab} value={tab} data-testid={`review-tab-${tab}`}>
            {t(`dealermall.reviews.tabs.${tab}`)}
            <TabCount status={tab} filters={filters} />
          </Tabs.Trigger>
        ))}
      </Tabs.List>
    </Tabs>
  )
}

const ANY = "any"

export const StageSelect = ({ value, onChange }: { value: string | undefined; onChange: (id: string | undefined) => void }) => {
  const { t } = useTranslation()
  const { data: stages } = useReviewStages()
  return (
    <Select size="small" value={value ?? ANY} onValueChange={(v) => onChange(v === ANY ? undefined : v)}>
      <Select.Trigger className="w-full md:w-[180px]" aria-label={t("dealermall.reviews.filters.stage")}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ANY}>{t("dealermall.reviews.filters.anyStage")}</Select.Item>
        {(stages ?? []).map((s) => (
          <Select.Item key={s.id} value={s.id}>
            {s.name}
          </Select.Item>
        ))}
        {/* A stage id from the URL that is no longer configured still shows as selected. */}
        {value && stages && !stages.some((s) => s.id === value) && <Select.Item value={value}>{value}</Select.Item>}
      </Select.Content>
    </Select>
  )
}

export const MIN_AGE_OPTIONS = [1, 4, 8, 24, 48, 72] as const

export const MinAgeSelect = ({ value, onChange }: { value: number | undefined; onChange: (h: number | undefined) => void }) => {
  const { t } = useTranslation()
  return (
    <Select
      size="small"
      value={value ? String(value) : ANY}
      onValueChange={(v) => onChange(v === ANY ? undefined : Number(v))}
    >
      <Select.Trigger className="w-full md:w-[180px]" aria-label={t("dealermall.reviews.filters.minAge")}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ANY}>{t("dealermall.reviews.filters.anyAge")}</Select.Item>
        {[...new Set([...MIN_AGE_OPTIONS, ...(value ? [value] : [])])]
          .sort((a, b) => a - b)
          .map((h) => (
            <Select.Item key={h} value={String(h)}>
              {h % 24 === 0
                ? t("dealermall.reviews.filters.olderThanDays", { count: h / 24 })
                : t("dealermall.reviews.filters.olderThanHours", { count: h })}
            </Select.Item>
          ))}
      </Select.Content>
    </Select>
  )
}
