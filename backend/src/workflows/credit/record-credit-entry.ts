import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { appendCreditEntriesStep, type NewEntry } from "./steps/append-entries"
import { setCreditTermsStep } from "./steps/set-credit-terms"

export type RecordEntryInput = {
  dealer_id: string
  account_id: string
  entry: NewEntry
  terms?: { credit_limit?: number; payment_terms_days?: number }
}

/** Staff's own entries (repayment received, debt adjustment, limit change), each under the account's lock. */
export const recordCreditEntryWorkflow = createWorkflow("record-credit-entry", (input: RecordEntryInput) => {
  const lockKey = transform({ input }, ({ input }) => `credit:${input.dealer_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  when({ input }, ({ input }) => !!input.terms).then(() => {
    setCreditTermsStep(transform({ input }, ({ input }) => ({ account_id: input.account_id, ...input.terms })))
  })
  const entries = appendCreditEntriesStep(transform({ input }, ({ input }) => ({ account_id: input.account_id, entries: [input.entry] })))
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(entries)
})
