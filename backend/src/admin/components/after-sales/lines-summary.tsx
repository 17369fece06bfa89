import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { CaseLine } from "../../lib/after-sales-types"

/** "奶粉 900g ×2、米粉 ×1 等 3 项": the first two lines, then how many more; the whole list on hover. */
export const LinesSummary = ({ lines }: { lines: CaseLine[] }) => {
  const { t } = useTranslation()
  if (lines.length === 0) return <Text size="small" className="text-ui-fg-muted">—</Text>
  const part = (l: CaseLine) => `${l.title} ×${l.quantity}`
  const shown = lines.slice(0, 2).map(part).join(t("dealermall.afterSales.listSeparator"))
  const more = lines.length - 2
  return (
    <Text size="small" leading="compact" className="truncate" title={lines.map(part).join("\n")}>
      {shown}
      {more > 0 && <span className="text-ui-fg-subtle">{t("dealermall.afterSales.moreLines", { count: more })}</span>}
    </Text>
  )
}
