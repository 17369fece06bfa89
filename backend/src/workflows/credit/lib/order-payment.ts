import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { creditError } from "../../../modules/credit/credit-error"
import { DEALER_STATUS_LABELS, statusOfOrder } from "../../../modules/order-review/dealer-status"
import { DEALER_PAYMENT_PROVIDER_ID } from "../../../modules/dealer-payment/constants"

/**
 * An order the dealer may pay now: approved and not yet paid, with its
 * deferred payment (authorised at submission, not captured, not cancelled).
 */
export async function payableOrder(container: MedusaContainer, order: any, review: any) {
  const status = statusOfOrder(order, review)
  if (status !== "awaiting_payment") throw creditError("order_not_payable", { status: DEALER_STATUS_LABELS[status].zh, status_en: DEALER_STATUS_LABELS[status].en })
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["payment_collections.payments.id", "payment_collections.payments.provider_id", "payment_collections.payments.captured_at", "payment_collections.payments.canceled_at"],
    filters: { id: order.id },
  })
  const payment = ((data[0] as any)?.payment_collections ?? [])
    .flatMap((pc: any) => pc.payments ?? [])
    .find((p: any) => p.provider_id === DEALER_PAYMENT_PROVIDER_ID && !p.captured_at && !p.canceled_at)
  if (!payment) throw creditError("order_not_payable", { status: DEALER_STATUS_LABELS[status].zh, status_en: DEALER_STATUS_LABELS[status].en })
  return { payment_id: payment.id as string, total: Number(order.total) }
}
