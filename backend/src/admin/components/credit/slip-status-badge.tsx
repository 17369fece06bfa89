import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { SlipStatus } from "../../lib/credit-types"

const COLORS: Record<SlipStatus, "orange" | "green" | "red"> = { pending: "orange", confirmed: "green", rejected: "red" }

export const SlipStatusBadge = ({ status }: { status: SlipStatus }) => {
  const { t } = useTranslation()
  return <StatusBadge color={COLORS[status] ?? "grey"}>{t(`dealermall.slips.status.${status}`, { defaultValue: status })}</StatusBadge>
}
