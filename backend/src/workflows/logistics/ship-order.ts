import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createOrderFulfillmentWorkflow, createOrderShipmentWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { planShipmentStep, type ShipInput } from "./steps/plan-shipment"
import { createShipmentRecordStep } from "./steps/create-shipment-record"

/**
 * Ships one package of an order: Medusa's fulfilment (stock leaves its
 * location) and shipment (label with carrier number and URL), then our
 * tracking record. One lock per order, so two staff members cannot ship the
 * same remaining items twice; a failure undoes the earlier steps.
 */
export const shipOrderWorkflow = createWorkflow("ship-dealer-order", (input: ShipInput & { provider: string }) => {
  const lockKey = transform({ input }, ({ input }) => `warehouse:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const plan = planShipmentStep(input)
  const items = transform({ plan }, ({ plan }) => plan.items.map((i) => ({ id: i.line_item_id, quantity: i.quantity })))
  const labels = transform({ plan }, ({ plan }) => [
    { tracking_number: plan.tracking_number, tracking_url: plan.tracking_url ?? "", label_url: "" },
  ])
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
    input: transform({ input, items }, ({ input, items }) => ({ order_id: input.order_id, items, created_by: input.actor_id ?? undefined, no_notification: true })),
  })
  createOrderShipmentWorkflow.runAsStep({
    input: transform({ input, items, labels, fulfillment }, ({ input, items, labels, fulfillment }) => ({
      order_id: input.order_id,
      fulfillment_id: fulfillment.id,
      items,
      labels,
      created_by: input.actor_id ?? undefined,
      no_notification: true,
    })),
  })
  const shipment = createShipmentRecordStep(
    transform({ plan, fulfillment, input }, ({ plan, fulfillment, input }) => ({ plan, fulfillment_id: fulfillment.id, provider: input.provider }))
  )
  emitEventStep({ eventName: "logistics.shipment_created", data: transform({ shipment }, ({ shipment }) => ({ id: shipment.id })) })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(shipment)
})
