import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { openReviewStep, type OpenReviewInput } from "./steps/open-review"

/** Opens a placed order's review (facts computed by the caller) and announces it. */
export const openOrderReviewWorkflow = createWorkflow("open-order-review", (input: OpenReviewInput) => {
  const opened = openReviewStep(input)
  when({ opened }, ({ opened }) => opened.created).then(() => {
    emitEventStep({
      eventName: transform({ opened }, ({ opened }) =>
        opened.review.status === "approved" ? "order_review.approved" : "order_review.submitted"
      ),
      data: transform({ input, opened }, ({ input, opened }) => ({ id: input.order_id, auto: opened.review.auto_approved })),
    })
  })
  return new WorkflowResponse(opened)
})
