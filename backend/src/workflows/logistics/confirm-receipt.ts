import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, completeOrderWorkflow, emitEventStep, releaseLockStep, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { planReceiptStep, type ReceiptInput } from "./steps/plan-receipt"
import { createReceiptStep } from "./steps/create-receipt"
import { orderCompleteCheckStep } from "./steps/order-complete-check"

export type ReceiptPhoto = { filename: string; mimeType: string; content: string }

/**
 * The dealer's check of a package (验收): photos stored privately, the receipt
 * and any after-sales case written, and the order completed when this was the
 * last package and all arrived well. A failure removes the photos again.
 */
export const confirmReceiptWorkflow = createWorkflow("confirm-package-receipt", (input: ReceiptInput & { photos: ReceiptPhoto[] }) => {
  const lockKey = transform({ input }, ({ input }) => `receipt:${input.shipment_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  const plan = planReceiptStep(input)
  const uploaded = when({ input }, ({ input }) => input.photos.length > 0).then(() =>
    uploadFilesWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ files: input.photos.map((p) => ({ ...p, access: "private" as const })) })),
    })
  )
  const photoIds = transform({ uploaded }, ({ uploaded }) => (uploaded ?? []).map((f: any) => f.id as string))
  const receipt = createReceiptStep(
    transform({ plan, photoIds, input }, ({ plan, photoIds, input }) => ({ plan, photo_ids: photoIds, actor_id: input.actor_id, auto: !!input.auto }))
  )
  const check = orderCompleteCheckStep({ order_id: input.order_id })
  when({ check }, ({ check }) => check.complete).then(() => {
    completeOrderWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ orderIds: [input.order_id] })) })
  })
  emitEventStep({ eventName: "logistics.receipt_confirmed", data: transform({ receipt }, ({ receipt }) => ({ id: receipt.receipt_id, case_id: receipt.case_id })) })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(receipt)
})
