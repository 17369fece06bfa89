import { usePrompt } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useDecideSlip } from "../../lib/credit"
import { PaymentSlip } from "../../lib/credit-types"
import { useFormatters } from "../../lib/locale"
import { useMoneyToast } from "./use-money-toast"

// Refusals staff meet in normal work get their own headline; the API's message explains the details.
const KNOWN_CODES = ["slip_decided", "slip_not_found", "order_not_payable"]

/** Confirms (after a prompt) or rejects a slip and reports the outcome as a toast. */
export function useSlipDecision() {
  const { t } = useTranslation()
  const { formatMoney } = useFormatters()
  const prompt = usePrompt()
  const mutation = useDecideSlip()
  const run = useMoneyToast()

  const what = (slip: PaymentSlip) =>
    slip.kind === "topup"
      ? t("dealermall.slips.kinds.topup")
      : t("dealermall.slips.orderPayment", { id: slip.order?.display_id ?? "" })

  const confirm = async (slip: PaymentSlip) => {
    const ok = await prompt({
      title: t("dealermall.slips.confirm.title"),
      description: t(slip.kind === "topup" ? "dealermall.slips.confirm.topup" : "dealermall.slips.confirm.order", {
        company: slip.dealer?.company_name ?? "",
        amount: formatMoney(slip.amount),
        code: slip.reference_code,
        id: slip.order?.display_id ?? "",
      }),
      confirmText: t("dealermall.slips.actions.confirm"),
      cancelText: t("dealermall.actions.cancel"),
      variant: "confirmation",
    })
    if (!ok) return { ok: false }
    return run(
      () => mutation.mutateAsync({ slip, decision: "confirm" }),
      t("dealermall.slips.done.confirmed", { what: what(slip), amount: formatMoney(slip.amount) }),
      KNOWN_CODES
    )
  }

  const reject = (slip: PaymentSlip, reason: string) =>
    run(
      () => mutation.mutateAsync({ slip, decision: "reject", reason }),
      t("dealermall.slips.done.rejected", { what: what(slip) }),
      KNOWN_CODES
    )

  return { confirm, reject, isPending: mutation.isPending }
}
