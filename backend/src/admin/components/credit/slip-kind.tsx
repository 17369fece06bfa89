import { Badge, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { PaymentSlip } from "../../lib/credit-types"

/** 订单付款 #1042 (linking to the order) or 预存款充值. */
export const SlipKind = ({ slip }: { slip: PaymentSlip }) => {
  const { t } = useTranslation()
  if (slip.kind === "topup") {
    return (
      <Badge size="2xsmall" color="purple" className="whitespace-nowrap">
        {t("dealermall.slips.kinds.topup")}
      </Badge>
    )
  }
  return (
    <div className="flex items-center gap-x-1.5 whitespace-nowrap">
      <Badge size="2xsmall" color="blue">
        {t("dealermall.slips.kinds.order_payment")}
      </Badge>
      {slip.order ? (
        <Link
          to={`/orders/${slip.order.id}`}
          className="txt-compact-small-plus text-ui-fg-interactive tabular-nums hover:underline"
          onClick={(e) => e.stopPropagation()}
        >
          #{slip.order.display_id}
        </Link>
      ) : (
        <Text size="small" leading="compact" className="text-ui-fg-muted">
          —
        </Text>
      )}
    </div>
  )
}
