import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import type { IPaymentModuleService } from "@medusajs/framework/types"

/**
 * Deletes open card sessions for an old amount, cancelling their intents. The
 * workflow's last step, so nothing after it can fail and leave the order
 * without a session; a cancel Stripe refuses (the intent already succeeded)
 * fails the workflow and keeps that session for its webhook.
 */
export const dropCardSessionsStep = createStep("drop-card-sessions", async (ids: string[], { container }) => {
  const payments = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
  for (const id of ids) await payments.deletePaymentSession(id)
  return new StepResponse(ids)
})
