import type { MedusaContainer } from "@medusajs/framework/types"
import { openOrderReviewWorkflow } from "../open-order-review"
import { computeChecks } from "./review-checks"
import { dealerOfCustomer, loadOrder } from "./order-facts"

/** Opens the review of a placed dealer order (idempotent: both the submit route and the order.placed subscriber call it). */
export async function openReviewForOrder(container: MedusaContainer, orderId: string) {
  const order = await loadOrder(container, orderId)
  if (!order) return null
  const dealer: any = await dealerOfCustomer(container, order.customer_id)
  if (!dealer) return null
  const checks = await computeChecks(container, order, dealer)
  const { result } = await openOrderReviewWorkflow(container).run({
    input: {
      order_id: order.id,
      dealer_id: dealer.id,
      customer_id: order.customer_id,
      tier_group_id: dealer.tier_group_id ?? null,
      total: Number(order.total ?? 0),
      checks,
    },
  })
  return result.review
}
