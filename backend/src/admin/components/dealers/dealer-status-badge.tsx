import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { DealerStatus } from "../../lib/types"

const COLORS: Record<DealerStatus, "orange" | "blue" | "green" | "red" | "grey"> = {
  pending: "orange",
  info_requested: "blue",
  approved: "green",
  rejected: "red",
  suspended: "grey",
}

export const DealerStatusBadge = ({ status }: { status: DealerStatus }) => {
  const { t } = useTranslation()
  return (
    <StatusBadge color={COLORS[status] ?? "grey"}>
      {t(`dealermall.dealers.status.${status}`, { defaultValue: status })}
    </StatusBadge>
  )
}
