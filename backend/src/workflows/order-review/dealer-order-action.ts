import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  cancelBeginOrderEditWorkflow,
  cancelOrderWorkflow,
  confirmOrderEditRequestWorkflow,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { dealerReviewActionStep, type DealerActionInput } from "./steps/dealer-review-action"

/**
 * The dealer's side of a review: withdraw the order (stock released, deferred
 * payment cancelled), or confirm or decline staff's order edit. Same lock as
 * staff decisions, so a withdrawal and an approval cannot cross.
 */
export const dealerOrderActionWorkflow = createWorkflow("dealer-order-action", (input: DealerActionInput) => {
  const lockKey = transform({ input }, ({ input }) => `order-review:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  const review = dealerReviewActionStep(input)
  when({ input }, ({ input }) => input.action === "cancel").then(() => {
    cancelOrderWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ order_id: input.order_id, canceled_by: input.customer_id })),
    })
  })
  when({ input }, ({ input }) => input.action === "confirm_changes").then(() => {
    confirmOrderEditRequestWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ order_id: input.order_id, confirmed_by: input.customer_id })),
    })
  })
  when({ input }, ({ input }) => input.action === "decline_changes").then(() => {
    cancelBeginOrderEditWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ order_id: input.order_id })),
    })
  })
  emitEventStep({
    eventName: transform({ input }, ({ input }) => `order_review.dealer_${input.action}`),
    data: transform({ input }, ({ input }) => ({ id: input.order_id })),
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(review)
})
