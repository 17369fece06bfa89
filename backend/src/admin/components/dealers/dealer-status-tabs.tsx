import { Tabs, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useDealerCount } from "../../lib/dealers"
import { DEALER_STATUSES, DealerStatus } from "../../lib/types"

type Props = {
  value: DealerStatus | undefined
  q: string | undefined
  onChange: (status: DealerStatus | undefined) => void
}

const ALL = "all"

const TabCount = ({ status, q }: { status: DealerStatus | undefined; q: string | undefined }) => {
  const { data } = useDealerCount(status, q)
  if (data === undefined) return null
  return (
    <Text as="span" size="xsmall" className="text-ui-fg-muted ml-1 tabular-nums">
      {data}
    </Text>
  )
}

/** Status filter; counts follow the search so staff see where matches are. */
export const DealerStatusTabs = ({ value, q, onChange }: Props) => {
  const { t } = useTranslation()
  return (
    <Tabs
      value={value ?? ALL}
      onValueChange={(v) => onChange(v === ALL ? undefined : (v as DealerStatus))}
    >
      <Tabs.List className="flex-wrap">
        <Tabs.Trigger value={ALL}>
          {t("dealermall.dealers.tabs.all")}
          <TabCount status={undefined} q={q} />
        </Tabs.Trigger>
        {DEALER_STATUSES.map((s) => (
          <Tabs.Trigger key={s} value={s}>
            {t(`dealermall.dealers.status.${s}`)}
            <TabCount status={s} q={q} />
          </Tabs.Trigger>
        ))}
      </Tabs.List>
    </Tabs>
  )
}
