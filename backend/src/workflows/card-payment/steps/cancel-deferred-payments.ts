import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import type { IPaymentModuleService } from "@medusajs/framework/types"

/**
 * Cancels the pay-after-review payments a card payment replaced (their
 * provider moves no money), so nothing can capture them any more. Undone by
 * clearing canceled_at, which is all cancelling them changed.
 */
export const cancelDeferredPaymentsStep = createStep(
  "cancel-deferred-payments",
  async (ids: string[], { container }) => {
    const payments = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
    for (const id of ids) await payments.cancelPayment(id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const payments = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
    // canceled_at is not in UpdatePaymentDTO's type; the module passes it through.
    for (const id of ids) await payments.updatePayment({ id, canceled_at: null } as any)
  }
)
