import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, cancelOrderWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { decideReviewStep, type DecideInput } from "./steps/decide-review"

/**
 * A staff decision under a lock per order, so concurrent approve and reject
 * cannot both apply. Rejection cancels the order: its stock is released and
 * its deferred payment cancelled.
 */
export const decideOrderReviewWorkflow = createWorkflow("decide-order-review", (input: DecideInput) => {
  const lockKey = transform({ input }, ({ input }) => `order-review:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  const decided = decideReviewStep(input)
  when({ input }, ({ input }) => input.action === "reject").then(() => {
    cancelOrderWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ order_id: input.order_id, canceled_by: input.actor_id })),
    })
  })
  const eventName = transform({ input, decided }, ({ input, decided }) =>
    input.action === "approve" ? (decided.final ? "order_review.approved" : "order_review.stage_passed") : `order_review.${input.action === "reject" ? "rejected" : "changes_requested"}`
  )
  emitEventStep({ eventName, data: transform({ input }, ({ input }) => ({ id: input.order_id })) })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(decided)
})
