import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, PaymentEvents } from "@medusajs/framework/utils"
import { ORDER_REVIEW_MODULE } from "../modules/order-review"
import type OrderReviewModuleService from "../modules/order-review/service"
import { CREDIT_MODULE } from "../modules/credit"
import type CreditModuleService from "../modules/credit/service"
import { settleOrderWorkflow } from "../workflows/credit/settle-order"

/**
 * An order approved as 账期 holds credit until it is paid. Paid on account,
 * the payment itself turns the hold into a charge; paid any other way (prepaid,
 * transfer, card) the hold must go, or the dealer's available credit stays
 * short by that order for good.
 */
export default async function releaseHoldWhenPaid({ event, container }: SubscriberArgs<{ id: string }>) {
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "payment", fields: ["id", "payment_collection.order.id"], filters: { id: event.data.id } })
  const orderId = (data[0] as any)?.payment_collection?.order?.id
  if (!orderId) return
  const [review] = await container.resolve<OrderReviewModuleService>(ORDER_REVIEW_MODULE).listOrderReviews({ order_id: orderId })
  if (!review?.dealer_id) return
  const holds = await container.resolve<CreditModuleService>(CREDIT_MODULE).listCreditEntries({ order_id: orderId, type: ["hold", "release"] }, { take: null })
  const held = holds.reduce((s, e) => s + (e.type === "hold" ? 1 : -1) * Number(e.amount), 0)
  if (held <= 0.001) return
  // refund_amount 0: only the hold is released, nothing paid is given back.
  await settleOrderWorkflow(container).run({ input: { dealer_id: review.dealer_id, order_id: orderId, refund_amount: 0, release_note: "订单已用其他方式付款，释放占用额度" } })
}

export const config: SubscriberConfig = { event: PaymentEvents.CAPTURED }
