import type { MedusaContainer } from "@medusajs/framework/types"
import { DEALER_MODULE } from "../../../modules/dealer"
import type DealerModuleService from "../../../modules/dealer/service"
import { ORDER_REVIEW_MODULE } from "../../../modules/order-review"
import type OrderReviewModuleService from "../../../modules/order-review/service"
import { reviewError } from "../../../modules/order-review/messages"
import { loadOrder } from "../../../workflows/order-review/lib/order-facts"

/** One of the dealer's orders (placed by any of its members) with its review; anything else is 404. */
export async function ownOrder(container: MedusaContainer, dealerId: string, orderId: string) {
  const order = await loadOrder(container, orderId)
  const [review] = order
    ? await container.resolve<OrderReviewModuleService>(ORDER_REVIEW_MODULE).listOrderReviews({ order_id: orderId }, { relations: ["decisions"] })
    : []
  const members = await container.resolve<DealerModuleService>(DEALER_MODULE).listDealerMembers({ dealer_id: dealerId }, { withDeleted: true })
  const mine = order && (review ? review.dealer_id === dealerId : members.some((m) => m.customer_id === order.customer_id))
  if (!mine) throw reviewError("order_not_found", {}, "not_found")
  return { order, review: review ?? null }
}
