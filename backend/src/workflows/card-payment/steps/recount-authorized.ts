import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN, Modules, PaymentSessionStatus } from "@medusajs/framework/utils"
import type { IPaymentModuleService } from "@medusajs/framework/types"

/**
 * The collection's authorised amount from its authorised sessions, as core
 * computes it. Core recounts only when it authorises, captures or refunds, so
 * after the capture it still counted the replaced session as well (twice the total).
 */
export const recountAuthorizedStep = createStep(
  "recount-authorized",
  async (collectionId: string | null, { container }) => {
    if (!collectionId) return new StepResponse(null)
    const payments = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
    const collection = await payments.retrievePaymentCollection(collectionId, { relations: ["payment_sessions"] })
    const authorized = (collection.payment_sessions ?? [])
      .filter((s) => s.status === PaymentSessionStatus.AUTHORIZED)
      .reduce((sum, s) => MathBN.add(sum, s.amount), MathBN.convert(0))
    // authorized_amount is not in the update DTO's type; the module passes it through.
    await payments.updatePaymentCollections(collectionId, { authorized_amount: authorized.toString() } as any)
    return new StepResponse(authorized.toString(), { id: collectionId, before: String(collection.authorized_amount ?? 0) })
  },
  async (prev, { container }) => {
    if (!prev) return
    await container.resolve<IPaymentModuleService>(Modules.PAYMENT).updatePaymentCollections(prev.id, { authorized_amount: prev.before } as any)
  }
)
