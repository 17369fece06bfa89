import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules, PaymentSessionStatus } from "@medusajs/framework/utils"
import type { IPaymentModuleService } from "@medusajs/framework/types"
import { onlineMethodOfProvider } from "../../../modules/card-payment/online-methods"
import { DEALER_PAYMENT_PROVIDER_ID } from "../../../modules/dealer-payment/constants"

export type DeferredSession = { id: string; amount: number; currency_code: string; data: Record<string, unknown> }

export type CardSettlement = {
  collection_id: string | null
  /** Pay-after-review payments the card payment replaces. */
  cancel: string[]
  /** Their sessions, still counted as authorised by the collection. */
  sessions: DeferredSession[]
  /** The order was also paid another way (a race between tabs): staff refund one of them. */
  doubled: boolean
}

const NOTHING: CardSettlement = { collection_id: null, cancel: [], sessions: [], doubled: false }

/**
 * What a captured online payment settles in its collection: the
 * pay-after-review payment that still stands in for it. Nothing for other
 * providers, uncaptured payments or a second delivery of the same event.
 */
export const planCardSettlementStep = createStep("plan-card-settlement", async (input: { payment_id: string }, { container }) => {
  const payments = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
  const payment = await payments.retrievePayment(input.payment_id, { select: ["id", "provider_id", "captured_at", "payment_collection_id"] })
  if (!payment.captured_at || !onlineMethodOfProvider(payment.provider_id)) return new StepResponse(NOTHING)
  const collection = await payments.retrievePaymentCollection(payment.payment_collection_id!, { relations: ["payments", "payment_sessions"] })
  const deferred = (collection.payments ?? []).filter((p) => p.provider_id === DEALER_PAYMENT_PROVIDER_ID)
  return new StepResponse<CardSettlement>({
    collection_id: collection.id,
    cancel: deferred.filter((p) => !p.captured_at && !p.canceled_at).map((p) => p.id),
    sessions: (collection.payment_sessions ?? [])
      .filter((s) => s.provider_id === DEALER_PAYMENT_PROVIDER_ID && s.status === PaymentSessionStatus.AUTHORIZED)
      .map((s) => ({ id: s.id, amount: Number(s.amount), currency_code: s.currency_code, data: s.data ?? {} })),
    doubled: deferred.some((p) => !!p.captured_at),
  })
})
