import { InlineTip } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { RefundMethod } from "../../lib/after-sales-types"

/** Where a return's money goes, in words staff can repeat to the dealer (the server decides it). */
export const RefundDestination = ({ method }: { method: RefundMethod | null | undefined }) => {
  const { t } = useTranslation()
  const key = method ? `dealermall.afterSales.refundMethods.${method}` : "dealermall.afterSales.refundMethods.unknown"
  return (
    <InlineTip label={t("dealermall.afterSales.receive.destination")} variant={method === "bank_transfer" ? "warning" : "info"}>
      {t(key, { defaultValue: method ?? "" })}
    </InlineTip>
  )
}

/** The short method name for the case summary. */
export const useRefundMethodLabel = () => {
  const { t } = useTranslation()
  return (method: RefundMethod | null | undefined) =>
    method ? t(`dealermall.afterSales.refundMethodNames.${method}`, { defaultValue: method }) : "—"
}
