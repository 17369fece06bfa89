import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { IPaymentModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, PaymentEvents } from "@medusajs/framework/utils"
import { onlineMethodOfProvider } from "../modules/card-payment/online-methods"
import { settleCardPaymentWorkflow } from "../workflows/card-payment/settle-card-payment"

/**
 * Core captures a card payment from Stripe's webhook (processPaymentWorkflow)
 * but knows nothing of the order's pay-after-review payment: settle it here.
 * Captures by our own providers (on account, prepaid, transfer) are not ours.
 */
export default async function cardPaymentCaptured({ event, container }: SubscriberArgs<{ id: string }>) {
  const payment = await container.resolve<IPaymentModuleService>(Modules.PAYMENT).retrievePayment(event.data.id, { select: ["id", "provider_id"] })
  if (!onlineMethodOfProvider(payment.provider_id)) return
  const { result } = await settleCardPaymentWorkflow(container).run({ input: { payment_id: payment.id } })
  if (result.doubled) {
    // Both captured: the dealer paid another way while the card was being confirmed.
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`Card payment ${payment.id} captured for an order already paid another way: refund one of them`)
  }
}

export const config: SubscriberConfig = { event: PaymentEvents.CAPTURED }
