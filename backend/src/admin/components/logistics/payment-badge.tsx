import { Badge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { WarehouseOrder } from "../../lib/logistics-types"

/**
 * Why the order may ship: paid, or approved to be paid on account (账期), which the warehouse
 * should know because the money has not arrived yet.
 */
export const PaymentBadge = ({ order }: { order: Pick<WarehouseOrder, "paid" | "payment_method"> }) => {
  const { t } = useTranslation()
  if (order.payment_method === "on_account") {
    return (
      <Badge size="2xsmall" color={order.paid ? "green" : "blue"} className="whitespace-nowrap">
        {t("dealermall.logistics.payment.onAccount")}
      </Badge>
    )
  }
  return (
    <Badge size="2xsmall" color={order.paid ? "green" : "grey"} className="whitespace-nowrap">
      {t(order.paid ? "dealermall.logistics.payment.paid" : "dealermall.logistics.payment.unpaid")}
    </Badge>
  )
}
