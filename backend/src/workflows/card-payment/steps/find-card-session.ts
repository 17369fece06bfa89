import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN, Modules, PaymentSessionStatus } from "@medusajs/framework/utils"
import type { IPaymentModuleService } from "@medusajs/framework/types"

export type CardSessionInput = {
  order_id: string
  display_id: number
  payment_collection_id: string
  provider_id: string
  amount: string
  currency_code: string
  payment_method_types: string[]
}

// A session the dealer may still confirm; any other status has a payment or is finished.
const OPEN: string[] = [PaymentSessionStatus.PENDING, PaymentSessionStatus.REQUIRES_MORE, PaymentSessionStatus.ERROR]

/**
 * The order's open card session for this amount, to hand out again (a reload
 * or a second click must not create a second payment intent), and open ones
 * for another amount (the order changed), which are replaced.
 */
export const findCardSessionStep = createStep("find-card-session", async (input: CardSessionInput, { container }) => {
  const payments = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
  const sessions = await payments.listPaymentSessions(
    { payment_collection_id: input.payment_collection_id, provider_id: input.provider_id },
    { relations: ["payment"] }
  )
  const open = sessions.filter((s: any) => OPEN.includes(s.status) && !s.payment)
  const fits = (s: any) => MathBN.eq(s.amount, input.amount) && s.currency_code === input.currency_code && !!s.data?.client_secret
  const reusable = open.find(fits) ?? null
  const stale = open.filter((s) => s !== reusable && !fits(s)).map((s) => s.id)
  return new StepResponse({ reusable, stale })
})
