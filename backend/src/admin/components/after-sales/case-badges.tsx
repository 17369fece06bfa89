import { Badge, StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { CaseKind, CaseStatus } from "../../lib/after-sales-types"

type Color = "grey" | "blue" | "purple" | "green" | "red" | "orange"

// Waiting on staff: orange; goods on the way back or work under way: blue/purple; done: green; refused: red.
const STATUS_COLORS: Record<CaseStatus, Color> = {
  requested: "orange",
  accepted: "blue",
  received: "purple",
  completed: "green",
  rejected: "red",
  canceled: "grey",
}

/** The status badge's colour as a dot, for the queue tabs. */
export const STATUS_DOT: Record<CaseStatus, string> = {
  requested: "bg-ui-tag-orange-icon",
  accepted: "bg-ui-tag-blue-icon",
  received: "bg-ui-tag-purple-icon",
  completed: "bg-ui-tag-green-icon",
  rejected: "bg-ui-tag-red-icon",
  canceled: "bg-ui-tag-neutral-icon",
}

// Money flows back on a return, so it stands out; a receipt discrepancy was opened by the system.
const KIND_COLORS: Record<CaseKind, Color> = {
  return: "orange",
  exchange: "blue",
  repair: "purple",
  receipt_discrepancy: "red",
}

// The server's own label is the fallback for a status or kind this admin build does not know yet.
export const CaseStatusBadge = ({ status, label }: { status: CaseStatus; label?: string }) => {
  const { t } = useTranslation()
  return (
    <StatusBadge color={STATUS_COLORS[status] ?? "grey"} className="whitespace-nowrap" data-testid="case-status">
      {t(`dealermall.afterSales.status.${status}`, { defaultValue: label ?? status })}
    </StatusBadge>
  )
}

export const CaseKindBadge = ({ kind, label }: { kind: CaseKind; label?: string }) => {
  const { t } = useTranslation()
  return (
    <Badge size="2xsmall" color={KIND_COLORS[kind] ?? "grey"} className="whitespace-nowrap" data-testid="case-kind">
      {t(`dealermall.afterSales.kinds.${kind}`, { defaultValue: label ?? kind })}
    </Badge>
  )
}
