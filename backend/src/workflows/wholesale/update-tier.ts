import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCustomerGroupsStep, updatePriceListsStep } from "@medusajs/medusa/core-flows"
import { updateTiersStep, type TierUpdate } from "./steps/update-tiers"

export type UpdateTierWorkflowInput = TierUpdate & { customer_group_id: string; price_list_id: string | null }

/** Renames a tier together with its customer group and price list, or changes its minimum order amount. */
export const updateTierWorkflow = createWorkflow("update-wholesale-tier", (input: UpdateTierWorkflowInput) => {
  const tierUpdate = transform({ input }, ({ input }) => [
    { id: input.id, name: input.name, min_order_amount: input.min_order_amount, rank: input.rank },
  ].map((t) => Object.fromEntries(Object.entries(t).filter(([, v]) => v !== undefined)) as TierUpdate))
  const updated = updateTiersStep(tierUpdate)
  when({ input }, ({ input }) => !!input.name).then(() => {
    updateCustomerGroupsStep(transform({ input }, ({ input }) => ({ selector: { id: input.customer_group_id }, update: { name: input.name! } })))
  })
  when({ input }, ({ input }) => !!input.name && !!input.price_list_id).then(() => {
    updatePriceListsStep(transform({ input }, ({ input }) => [{ id: input.price_list_id!, title: `等级价 · ${input.name}` }]) as any)
  })
  return new WorkflowResponse(updated)
})
