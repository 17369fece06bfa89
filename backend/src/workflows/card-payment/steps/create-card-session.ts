import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { IPaymentModuleService } from "@medusajs/framework/types"
import type { CardSessionInput } from "./find-card-session"

/**
 * A payment session with the card provider in the order's own payment
 * collection, beside the authorised pay-after-review payment: Stripe creates
 * the payment intent (its metadata carries the session id the webhook needs).
 * Undone by deleting the session, which cancels the intent.
 */
export const createCardSessionStep = createStep(
  "create-card-session",
  async (input: CardSessionInput, { container }) => {
    const payments = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
    const session = await payments.createPaymentSession(input.payment_collection_id, {
      provider_id: input.provider_id,
      amount: input.amount,
      currency_code: input.currency_code,
      data: {
        payment_method_types: input.payment_method_types,
        payment_description: `DealerMall order #${input.display_id}`,
        metadata: { order_id: input.order_id, display_id: String(input.display_id) },
      },
    })
    // Stripe answered ambiguously (an API error): the provider keeps a session without an intent to confirm.
    if (!session.data?.client_secret) {
      await payments.deletePaymentSession(session.id)
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Stripe did not open a card payment; try again")
    }
    return new StepResponse(session, session.id)
  },
  async (sessionId, { container }) => {
    if (!sessionId) return
    await container.resolve<IPaymentModuleService>(Modules.PAYMENT).deletePaymentSession(sessionId)
  }
)
