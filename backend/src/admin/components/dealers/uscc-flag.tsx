import { ExclamationCircle } from "@medusajs/icons"
import { Badge, Tooltip } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

/** Warns that the USCC check digit failed; the hint explains why that is not an automatic rejection. */
export const UsccFlag = () => {
  const { t } = useTranslation()
  return (
    <Tooltip content={t("dealermall.dealers.usccFlagHint")}>
      <Badge size="2xsmall" color="orange" className="gap-x-1">
        <ExclamationCircle />
        {t("dealermall.dealers.usccFlag")}
      </Badge>
    </Tooltip>
  )
}
