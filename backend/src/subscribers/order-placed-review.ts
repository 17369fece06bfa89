import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { openReviewForOrder } from "../workflows/order-review/lib/open-review-for-order"

/** Orders placed by any path (the submit route or core's cart completion) get a review. */
export default async function orderPlacedReview({ event, container }: SubscriberArgs<{ id: string }>) {
  await openReviewForOrder(container, event.data.id)
}

export const config: SubscriberConfig = { event: "order.placed" }
