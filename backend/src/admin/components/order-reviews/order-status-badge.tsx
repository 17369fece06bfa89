import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

type Color = "orange" | "blue" | "green" | "red" | "grey" | "purple"

// Waiting on staff: orange; waiting on the dealer: blue/purple; done or moving well: green; refused: red.
const COLORS: Record<string, Color> = {
  submitted: "grey",
  in_review: "orange",
  changes_requested: "blue",
  rejected: "red",
  awaiting_payment: "purple",
  paid: "green",
  processing: "blue",
  partially_shipped: "blue",
  shipped: "blue",
  delivered: "green",
  received: "green",
  completed: "green",
  cancelled: "grey",
}

/** The dealer-facing order status, translated from the API's code. */
export const OrderStatusBadge = ({ status }: { status: string }) => {
  const { t } = useTranslation()
  return (
    <StatusBadge color={COLORS[status] ?? "grey"} className="whitespace-nowrap">
      {t(`dealermall.orderStatus.${status}`, { defaultValue: status })}
    </StatusBadge>
  )
}
