import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { cancelDeferredPaymentsStep } from "./steps/cancel-deferred-payments"
import { closeDeferredSessionsStep } from "./steps/close-deferred-sessions"
import { planCardSettlementStep } from "./steps/plan-card-settlement"
import { recountAuthorizedStep } from "./steps/recount-authorized"

/**
 * After core captured a card payment (Stripe's webhook → processPaymentWorkflow),
 * the order's pay-after-review payment no longer stands: it is cancelled and
 * its session no longer counts as authorised. No credit ledger entry: card
 * money never touches the credit account. A repeated event finds nothing to do.
 */
export const settleCardPaymentWorkflow = createWorkflow("settle-card-payment", (input: { payment_id: string }) => {
  const lockKey = transform({ input }, ({ input }) => `card-settle:${input.payment_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  const plan = planCardSettlementStep(input)
  when("has-deferred-payments", { plan }, ({ plan }) => plan.cancel.length > 0 || plan.sessions.length > 0).then(() => {
    cancelDeferredPaymentsStep(transform({ plan }, ({ plan }) => plan.cancel))
    closeDeferredSessionsStep(transform({ plan }, ({ plan }) => plan.sessions))
    recountAuthorizedStep(transform({ plan }, ({ plan }) => plan.collection_id))
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(plan)
})
