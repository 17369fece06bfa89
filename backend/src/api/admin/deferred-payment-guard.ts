import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { DEALER_PAYMENT_PROVIDER_ID } from "../../modules/dealer-payment/constants"
import { creditError } from "../../modules/credit/credit-error"

/**
 * The dashboard's own capture and refund buttons would mark a pay-after-review
 * payment paid or refunded without the credit ledger or a confirmed slip
 * knowing: those payments move only through our flows.
 */
export async function deferredPaymentGuard(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const [payment] = await req.scope.resolve(Modules.PAYMENT).listPayments({ id: req.params.id }, { select: ["id", "provider_id"] })
    if (payment?.provider_id === DEALER_PAYMENT_PROVIDER_ID) return next(creditError("deferred_payment_locked"))
    next()
  } catch (e) {
    next(e)
  }
}
