import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules, PaymentSessionStatus } from "@medusajs/framework/utils"
import type { IPaymentModuleService } from "@medusajs/framework/types"
import type { DeferredSession } from "./plan-card-settlement"

const setStatus = (payments: IPaymentModuleService, s: DeferredSession, status: PaymentSessionStatus) =>
  payments.updatePaymentSession({ id: s.id, data: s.data, amount: s.amount, currency_code: s.currency_code, status })

/**
 * Marks the replaced payments' sessions cancelled: the collection counts
 * authorised sessions, and the card's own session is the one that now stands.
 */
export const closeDeferredSessionsStep = createStep(
  "close-deferred-sessions",
  async (sessions: DeferredSession[], { container }) => {
    const payments = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
    for (const s of sessions) await setStatus(payments, s, PaymentSessionStatus.CANCELED)
    return new StepResponse(sessions, sessions)
  },
  async (sessions, { container }) => {
    if (!sessions?.length) return
    const payments = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
    for (const s of sessions) await setStatus(payments, s, PaymentSessionStatus.AUTHORIZED)
  }
)
