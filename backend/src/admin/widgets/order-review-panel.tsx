import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { ReviewPanel } from "../components/order-reviews/review-panel"

// Every order page renders this; orders without a review (404) render nothing.
const OrderReviewWidget = ({ data }: { data?: { id?: string } }) => {
  if (!data?.id) return null
  return <ReviewPanel orderId={data.id} />
}

export const config = defineWidgetConfig({
  // A stable id so a layout that places the panel (e.g. first in the side column) survives file moves.
  id: "dealermall:order-review-panel",
  zone: "order.details.side.before",
})

export default OrderReviewWidget
