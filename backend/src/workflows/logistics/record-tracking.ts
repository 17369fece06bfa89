import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, markOrderFulfillmentAsDeliveredWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { mergeTrackingStep, type TrackingInput } from "./steps/merge-tracking"

/**
 * Records what happened to a package (a provider's push or poll, or staff by
 * hand) under a lock per shipment, so two pushes arriving together cannot
 * both mark it delivered; delivery marks Medusa's fulfilment delivered.
 */
export const recordTrackingWorkflow = createWorkflow("record-shipment-tracking", (input: TrackingInput) => {
  const lockKey = transform({ input }, ({ input }) => `shipment:${input.shipment_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  const result = mergeTrackingStep(input)
  when({ result }, ({ result }) => result.became_delivered).then(() => {
    markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
      input: transform({ result }, ({ result }) => ({ orderId: result.order_id, fulfillmentId: result.fulfillment_id })),
    })
  })
  when({ result }, ({ result }) => result.from !== result.to).then(() => {
    emitEventStep({
      eventName: "logistics.shipment_state_changed",
      data: transform({ result }, ({ result }) => ({ id: result.shipment_id, from: result.from, to: result.to })),
    })
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(result)
})
