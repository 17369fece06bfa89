import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { appendCreditEntriesStep } from "./steps/append-entries"
import { planOrderSettlementStep } from "./steps/plan-order-settlement"

/** Gives back to the dealer's account what a cancelled (or refunded) order held or took. */
export const settleOrderWorkflow = createWorkflow(
  "settle-dealer-order-credit",
  (input: { dealer_id: string; order_id: string; actor_id?: string | null; refund_amount?: number | null; release_note?: string | null }) => {
    const lockKey = transform({ input }, ({ input }) => `credit:${input.dealer_id}`)
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
    const entries = appendCreditEntriesStep(planOrderSettlementStep(input))
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(entries)
  }
)
