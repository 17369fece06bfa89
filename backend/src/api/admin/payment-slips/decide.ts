import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "zod"
import { parseInput } from "../../utils/parse-input"
import { CREDIT_MODULE } from "../../../modules/credit"
import type CreditModuleService from "../../../modules/credit/service"
import { creditError } from "../../../modules/credit/credit-error"
import { decideSlipWorkflow } from "../../../workflows/credit/decide-slip"
import { accountOf } from "../../../workflows/credit/lib/account"
import { payableOrder } from "../../../workflows/credit/lib/order-payment"
import { ownOrder } from "../../store/dealer-orders/dealer-order"
import { presentSlip } from "../../store/credit/present"

const RejectBody = z.object({ reason: z.string({ message: "请填写原因 / a reason is required" }).trim().min(1, "请填写原因 / a reason is required").max(500) })

/** Finance confirms (the order is paid, or the prepaid balance credited) or rejects a slip. */
export function decideSlipRoute(decision: "confirmed" | "rejected") {
  return async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
    const reason = decision === "rejected" ? parseInput(RejectBody, req.body).reason : null
    const credit = req.scope.resolve<CreditModuleService>(CREDIT_MODULE)
    const [slip] = await credit.listPaymentSlips({ id: req.params.id })
    if (!slip) throw creditError("slip_not_found", {}, "not_found")
    let payment_id: string | null = null
    let account_id: string | null = null
    if (decision === "confirmed" && slip.status === "pending") {
      if (slip.kind === "order_payment") {
        const { order, review } = await ownOrder(req.scope, slip.dealer_id, slip.order_id!)
        payment_id = (await payableOrder(req.scope, order, review)).payment_id
      } else {
        account_id = (await accountOf(req.scope, slip.dealer_id)).account.id
      }
    }
    const { result } = await decideSlipWorkflow(req.scope).run({
      input: {
        slip_id: slip.id,
        decision,
        actor_id: req.auth_context.actor_id,
        reason,
        payment_id,
        account_id,
        amount: Number(slip.amount),
        order_id: slip.order_id,
        reference: slip.reference_code,
      },
    })
    res.json({ slip: presentSlip(result) })
  }
}
