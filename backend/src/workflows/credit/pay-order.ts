import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, capturePaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { appendCreditEntriesStep } from "./steps/append-entries"
import { planOrderPaymentStep, type PlanPaymentInput } from "./steps/plan-order-payment"

export type PayOrderInput = PlanPaymentInput & { payment_id: string }

/**
 * Pays an approved order on account (账期) or from the prepaid balance
 * (预存款): the check and the entry happen under one lock per account, so
 * concurrent payments cannot overspend; then the order's deferred payment is
 * captured, which marks the order paid.
 */
export const payOrderWorkflow = createWorkflow("pay-dealer-order", (input: PayOrderInput) => {
  const lockKey = transform({ input }, ({ input }) => `credit:${input.dealer_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  const plan = planOrderPaymentStep(input)
  const entries = appendCreditEntriesStep(plan)
  capturePaymentWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ payment_id: input.payment_id, captured_by: input.customer_id })),
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(entries)
})
