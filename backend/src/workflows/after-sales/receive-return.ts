import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  beginReceiveReturnWorkflow,
  confirmReturnReceiveWorkflow,
  emitEventStep,
  receiveItemReturnRequestWorkflow,
  refundPaymentsWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { settleOrderWorkflow } from "../credit/settle-order"
import { planReceiveStep } from "./steps/plan-receive"
import { setCaseFieldsStep } from "./steps/set-case-fields"
import { transitionCaseStep } from "./steps/transition-case"

const METHOD_LABELS: Record<string, string> = { on_account: "账期", prepaid: "预存款", bank_transfer: "银行转账", card: "银行卡" }

/**
 * Staff received a returned parcel: Medusa receives the return (stock back),
 * the payment is refunded (provider refund; for on-account and prepaid
 * orders also the credit ledger, where the money really is), and the case
 * is completed. A failing step undoes the ones before it.
 */
export const receiveReturnWorkflow = createWorkflow("receive-after-sales-return", (input: { case_id: string; refund_amount?: number | null; actor_id: string | null; note?: string | null }) => {
  const lockKey = transform({ input }, ({ input }) => `after-sales:${input.case_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const plan = planReceiveStep(input)
  beginReceiveReturnWorkflow.runAsStep({ input: transform({ plan, input }, ({ plan, input }) => ({ return_id: plan.return_id, created_by: input.actor_id ?? undefined })) })
  receiveItemReturnRequestWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ return_id: plan.return_id, items: plan.items })) })
  confirmReturnReceiveWorkflow.runAsStep({ input: transform({ plan, input }, ({ plan, input }) => ({ return_id: plan.return_id, confirmed_by: input.actor_id ?? undefined })) })
  transitionCaseStep(
    transform({ input }, ({ input }) => ({ case_id: input.case_id, from: ["accepted"], to: "received" as const, action: "received" as const, actor_type: "staff" as const, actor_id: input.actor_id, note: input.note ?? null }))
  ).config({ name: "after-sales-received" })
  when({ plan }, ({ plan }) => plan.refund > 0).then(() => {
    refundPaymentsWorkflow.runAsStep({
      input: transform({ plan, input }, ({ plan, input }) => [{ payment_id: plan.payment_id!, amount: plan.refund, created_by: input.actor_id ?? undefined, note: `售后退货 ${plan.case_id}` }]),
    })
  })
  when({ plan }, ({ plan }) => plan.refund > 0 && (plan.method === "on_account" || plan.method === "prepaid")).then(() => {
    settleOrderWorkflow.runAsStep({
      input: transform({ plan, input }, ({ plan, input }) => ({ dealer_id: plan.dealer_id!, order_id: plan.order_id, actor_id: input.actor_id, refund_amount: plan.refund })),
    })
  })
  setCaseFieldsStep(transform({ plan }, ({ plan }) => ({ id: plan.case_id, refund_amount: plan.refund, refund_method: plan.method })))
  // A return is done once refunded; an exchange or repair when its replacement has shipped (staff complete it).
  const done = when({ plan }, ({ plan }) => plan.kind === "return").then(() => transitionCaseStep(
    transform({ input, plan }, ({ input, plan }) => ({
      case_id: input.case_id,
      from: ["received"],
      to: "completed" as const,
      action: plan.refund > 0 ? ("refunded" as any) : ("completed" as const),
      actor_type: "system" as const,
      actor_id: null,
      note: plan.refund > 0 ? `退款 ¥${plan.refund.toFixed(2)}（${METHOD_LABELS[plan.method ?? ""] ?? plan.method}）` : "无退款",
    }))
  ).config({ name: "after-sales-completed" }))
  when({ plan }, ({ plan }) => plan.kind === "return").then(() => {
    emitEventStep({ eventName: "after_sales.completed", data: transform({ plan }, ({ plan }) => ({ id: plan.case_id })) })
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ done, plan }, ({ done, plan }) => done ?? { id: plan.case_id }))
})
