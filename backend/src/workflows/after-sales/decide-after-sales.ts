import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createAndCompleteReturnOrderWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { transitionCaseStep, type TransitionInput } from "./steps/transition-case"
import { setCaseFieldsStep } from "./steps/set-case-fields"

/**
 * Accept, reject, complete or cancel a case under a lock per case. Accepting
 * a return opens Medusa's return (the goods are expected back); if that
 * fails, the case goes back to where it was.
 */
export const decideAfterSalesWorkflow = createWorkflow("decide-after-sales", (input: TransitionInput & { return_shipping?: { option_id: string; location_id: string } | null }) => {
  const lockKey = transform({ input }, ({ input }) => `after-sales:${input.case_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const moved = transitionCaseStep(input)
  const opened = when({ moved }, ({ moved }) => moved.status === "accepted" && moved.kind === "return").then(() => {
    const ret = createAndCompleteReturnOrderWorkflow.runAsStep({
      input: transform({ moved, input }, ({ moved, input }) => ({
        order_id: moved.order_id,
        items: ((moved.lines as unknown) as any[]).map((l) => ({ id: l.line_item_id, quantity: l.quantity })),
        return_shipping: { option_id: input.return_shipping!.option_id },
        location_id: input.return_shipping!.location_id,
        created_by: input.actor_id ?? undefined,
        receive_now: false,
      })),
    })
    return setCaseFieldsStep(transform({ moved, ret }, ({ moved, ret }) => ({ id: moved.id, return_id: ret.id })))
  })
  emitEventStep({
    eventName: transform({ input }, ({ input }) => `after_sales.${input.action}`),
    data: transform({ moved, opened }, ({ moved }) => ({ id: moved.id })),
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(moved)
})
