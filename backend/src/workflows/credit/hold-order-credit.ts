import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { appendCreditEntriesStep } from "./steps/append-entries"
import { planHoldStep } from "./steps/plan-hold"

/** Holds credit for an approved order the dealer means to pay on account. */
export const holdOrderCreditWorkflow = createWorkflow("hold-dealer-order-credit", (input: { dealer_id: string; order_id: string; total: number }) => {
  const lockKey = transform({ input }, ({ input }) => `credit:${input.dealer_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  const entries = appendCreditEntriesStep(planHoldStep(input))
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(entries)
})
