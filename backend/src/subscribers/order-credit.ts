import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ORDER_REVIEW_MODULE } from "../modules/order-review"
import type OrderReviewModuleService from "../modules/order-review/service"
import { holdOrderCreditWorkflow } from "../workflows/credit/hold-order-credit"
import { settleOrderWorkflow } from "../workflows/credit/settle-order"
import { loadOrder } from "../workflows/order-review/lib/order-facts"

/**
 * The credit side of an order's life: approving an order the dealer will pay
 * on account holds its total; cancelling any order gives back what it held or
 * took from the account (hold released, charge or prepaid spend refunded).
 */
export default async function orderCredit({ event, container }: SubscriberArgs<{ id: string }>) {
  const [review] = await container.resolve<OrderReviewModuleService>(ORDER_REVIEW_MODULE).listOrderReviews({ order_id: event.data.id })
  if (!review?.dealer_id) return
  if (event.name === "order.canceled") {
    await settleOrderWorkflow(container).run({ input: { dealer_id: review.dealer_id, order_id: event.data.id } })
    return
  }
  const order = await loadOrder(container, event.data.id)
  if (order?.metadata?.payment_method !== "on_account") return
  await holdOrderCreditWorkflow(container).run({ input: { dealer_id: review.dealer_id, order_id: order.id, total: Number(order.total) } })
}

export const config: SubscriberConfig = { event: ["order_review.approved", "order.canceled"] }
