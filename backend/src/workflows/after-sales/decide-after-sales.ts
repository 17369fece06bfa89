import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createAndCompleteReturnOrderWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { transitionCaseStep, type TransitionInput } from "./steps/transition-case"
import { setCaseFieldsStep } from "./steps/set-case-fields"
import { openExchangeWorkflow } from "./open-exchange"

/**
 * Accept, reject, complete or cancel a case under a lock per case. Accepting
 * a return opens Medusa's return (the goods are expected back); accepting an
 * exchange or repair opens Medusa's exchange (goods back, the same variant
 * out). If core refuses, the case goes back to where it was.
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
  const exchanged = when({ moved }, ({ moved }) => moved.status === "accepted" && (moved.kind === "exchange" || moved.kind === "repair")).then(() => {
    const opened = openExchangeWorkflow.runAsStep({
      input: transform({ moved, input }, ({ moved, input }) => ({
        order_id: moved.order_id,
        case_id: moved.id,
        lines: ((moved.lines as unknown) as any[]).map((l) => ({ line_item_id: l.line_item_id, quantity: l.quantity })),
        location_id: input.return_shipping!.location_id,
        actor_id: input.actor_id,
      })),
    })
    return setCaseFieldsStep(transform({ moved, opened }, ({ moved, opened }) => ({ id: moved.id, return_id: opened.return_id }))).config({ name: "set-exchange-return" })
  })
  emitEventStep({
    eventName: transform({ input }, ({ input }) => `after_sales.${input.action}`),
    data: transform({ moved, opened, exchanged }, ({ moved }) => ({ id: moved.id })),
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(moved)
})
