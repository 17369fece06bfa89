import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_REVIEW_MODULE } from "../../../modules/order-review"
import type OrderReviewModuleService from "../../../modules/order-review/service"
import { reviewError } from "../../../modules/order-review/messages"

export type DealerAction = "cancel" | "confirm_changes" | "decline_changes"
export type DealerActionInput = {
  order_id: string
  action: DealerAction
  customer_id: string
  reason?: string | null
  has_pending_change: boolean
}

const DECISION = { cancel: "cancelled", confirm_changes: "changes_confirmed", decline_changes: "changes_declined" } as const

/**
 * The dealer withdraws an order still in review, or answers staff's change
 * request; answering sends the order back to review at the same stage.
 */
export const dealerReviewActionStep = createStep(
  "dealer-order-review-action",
  async (input: DealerActionInput, { container }) => {
    const reviews = container.resolve<OrderReviewModuleService>(ORDER_REVIEW_MODULE)
    const [review] = await reviews.listOrderReviews({ order_id: input.order_id })
    if (!review) throw reviewError("order_not_found", {}, "not_found")
    if (input.action === "cancel" && !["pending", "changes_requested"].includes(review.status)) {
      throw reviewError("order_not_cancellable")
    }
    if (input.action !== "cancel" && (review.status !== "changes_requested" || !input.has_pending_change)) {
      throw reviewError("no_pending_change")
    }
    const previous = { id: review.id, status: review.status, change_message: review.change_message, decided_at: review.decided_at }
    const updated = await reviews.updateOrderReviews(
      input.action === "cancel"
        ? { id: review.id, status: "cancelled", decided_at: new Date() }
        : { id: review.id, status: "pending", change_message: null }
    )
    const decision = await reviews.createReviewDecisions({
      review_id: review.id,
      action: DECISION[input.action],
      stage_id: review.stage_id,
      stage_name: review.stage_name,
      actor_type: "dealer",
      actor_id: input.customer_id,
      reason: input.reason ?? null,
    })
    return new StepResponse(updated, { previous, decision_id: decision.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const reviews = container.resolve<OrderReviewModuleService>(ORDER_REVIEW_MODULE)
    await reviews.deleteReviewDecisions(undo.decision_id)
    await reviews.updateOrderReviews(undo.previous as any)
  }
)
