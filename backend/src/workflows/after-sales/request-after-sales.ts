import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { planRequestStep, type RequestInput } from "./steps/plan-request"
import { createCaseStep } from "./steps/create-case"

export type CasePhoto = { filename: string; mimeType: string; content: string }

/**
 * A dealer's return, exchange or repair request, under a lock per order so
 * two members cannot both ask for the same last units; photos are stored
 * privately and removed again if the case cannot be written.
 */
export const requestAfterSalesWorkflow = createWorkflow("request-after-sales", (input: RequestInput & { photos: CasePhoto[] }) => {
  const lockKey = transform({ input }, ({ input }) => `after-sales-order:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  const planned = planRequestStep(input)
  const uploaded = when({ input }, ({ input }) => input.photos.length > 0).then(() =>
    uploadFilesWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ files: input.photos.map((p) => ({ ...p, access: "private" as const })) })),
    })
  )
  const created = createCaseStep(
    transform({ input, planned, uploaded }, ({ input, planned, uploaded }) => ({
      order_id: input.order_id,
      dealer_id: input.dealer_id,
      actor_id: input.actor_id,
      kind: input.kind,
      reason: input.reason,
      planned,
      photo_ids: (uploaded ?? []).map((f: any) => f.id as string),
    }))
  )
  emitEventStep({ eventName: "after_sales.requested", data: transform({ created }, ({ created }) => ({ id: created.id })) })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(created)
})
