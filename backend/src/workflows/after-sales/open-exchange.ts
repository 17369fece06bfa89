import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  beginExchangeOrderWorkflow,
  confirmExchangeRequestWorkflow,
  createExchangeShippingMethodWorkflow,
  orderExchangeAddNewItemWorkflow,
  orderExchangeRequestItemReturnWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { planExchangeStep } from "./steps/plan-exchange"

export type OpenExchangeInput = { order_id: string; case_id: string; lines: { line_item_id: string; quantity: number }[]; location_id: string; actor_id: string | null }

/**
 * Medusa's exchange for an accepted exchange or repair: the units to come
 * back (a return at the warehouse) and their replacements (new order lines
 * with stock reserved, which the warehouse then ships like any order).
 */
export const openExchangeWorkflow = createWorkflow("open-after-sales-exchange", (input: OpenExchangeInput) => {
  const plan = planExchangeStep(input)
  const change = beginExchangeOrderWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ order_id: input.order_id, created_by: input.actor_id, description: `售后 ${input.case_id}` })),
  })
  const exchangeId = transform({ change }, ({ change }) => change.exchange_id as string)
  orderExchangeRequestItemReturnWorkflow.runAsStep({
    input: transform({ exchangeId, plan, input }, ({ exchangeId, plan, input }) => ({ exchange_id: exchangeId, return_id: undefined as any, location_id: input.location_id, items: plan.inbound })),
  })
  orderExchangeAddNewItemWorkflow.runAsStep({ input: transform({ exchangeId, plan }, ({ exchangeId, plan }) => ({ exchange_id: exchangeId, items: plan.outbound })) })
  createExchangeShippingMethodWorkflow.runAsStep({
    input: transform({ exchangeId, plan }, ({ exchangeId, plan }) => ({ exchange_id: exchangeId, shipping_option_id: plan.shipping_option_id, custom_amount: 0 })),
  })
  confirmExchangeRequestWorkflow.runAsStep({ input: transform({ exchangeId, input }, ({ exchangeId, input }) => ({ exchange_id: exchangeId, confirmed_by: input.actor_id ?? undefined })) })
  const { data } = useQueryGraphStep({ entity: "order_exchange", fields: ["id", "return_id"], filters: { id: exchangeId } }).config({ name: "exchange-after-confirm" })
  return new WorkflowResponse(transform({ data }, ({ data }) => ({ exchange_id: data[0].id as string, return_id: (data[0].return_id as string) ?? null })))
})
