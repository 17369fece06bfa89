import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, capturePaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { decideSlipStep } from "./steps/decide-slip"
import { appendCreditEntriesStep } from "./steps/append-entries"

export type DecideSlipInput = {
  slip_id: string
  decision: "confirmed" | "rejected"
  actor_id: string
  reason?: string | null
  /** Set for an order payment slip: the order's deferred payment, captured on confirmation. */
  payment_id?: string | null
  /** Set for a top-up slip: the account the money goes to. */
  account_id?: string | null
  amount: number
  order_id?: string | null
  reference?: string | null
}

/**
 * Finance's decision on a bank transfer slip, under a lock per slip so it is
 * taken once. Confirming an order payment captures the order's payment (the
 * order is paid); confirming a top-up credits the prepaid balance.
 */
export const decideSlipWorkflow = createWorkflow("decide-payment-slip", (input: DecideSlipInput) => {
  const lockKey = transform({ input }, ({ input }) => `slip:${input.slip_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  const slip = decideSlipStep(input)
  when({ input }, ({ input }) => input.decision === "confirmed" && !!input.payment_id).then(() => {
    capturePaymentWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ payment_id: input.payment_id!, captured_by: input.actor_id })),
    })
  })
  when({ input }, ({ input }) => input.decision === "confirmed" && !!input.account_id).then(() => {
    appendCreditEntriesStep(
      transform({ input }, ({ input }) => ({
        account_id: input.account_id!,
        entries: [
          { type: "topup" as const, amount: input.amount, reference: input.reference ?? null, actor_type: "staff" as const, actor_id: input.actor_id, note: "预存款充值（银行转账）" },
        ],
      }))
    )
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(slip)
})
