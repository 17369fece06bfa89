import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { CREDIT_MODULE } from "../../../modules/credit"
import { creditError } from "../../../modules/credit/credit-error"
import type CreditModuleService from "../../../modules/credit/service"
import { payableOrder } from "../../credit/lib/order-payment"

/**
 * What a card pays for an order: the same refusals as the other methods
 * (approved, unpaid, its pay-after-review payment still open), none while a
 * transfer slip waits for finance, and the amount the payment collection that
 * holds that payment still owes.
 */
export async function cardPayable(container: MedusaContainer, order: any, review: any) {
  const { payment_id } = await payableOrder(container, order, review)
  const slips = await container.resolve<CreditModuleService>(CREDIT_MODULE).listPaymentSlips({ order_id: order.id, status: "pending" })
  if (slips.length) throw creditError("slip_pending")
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "payment",
    fields: ["payment_collection.id", "payment_collection.amount", "payment_collection.captured_amount", "payment_collection.currency_code"],
    filters: { id: payment_id },
  })
  const collection = (data[0] as any).payment_collection
  const amount = MathBN.sub(collection.amount, collection.captured_amount ?? 0)
  return { payment_collection_id: collection.id as string, amount: amount.toString(), currency_code: collection.currency_code as string }
}
