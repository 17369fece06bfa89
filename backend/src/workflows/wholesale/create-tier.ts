import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCustomerGroupsStep, createPriceListsStep } from "@medusajs/medusa/core-flows"
import { createTierStep } from "./steps/create-tier"

export type CreateTierWorkflowInput = { name: string; min_order_amount?: number | null; customer_group_id?: string }

/**
 * A tier is a customer group (created here unless an existing one is adopted)
 * plus an override price list matched on that group.
 */
export const createTierWorkflow = createWorkflow("create-wholesale-tier", (input: CreateTierWorkflowInput) => {
  const created = when({ input }, ({ input }) => !input.customer_group_id).then(() =>
    createCustomerGroupsStep([{ name: input.name, metadata: { wholesale_tier: true } } as any])
  )
  const groupId = transform({ input, created }, ({ input, created }) => input.customer_group_id ?? created![0].id)
  const listData = transform({ input, groupId }, ({ input, groupId }) => ({
    data: [
      {
        title: `等级价 · ${input.name}`,
        description: `Tier prices of ${input.name}`,
        type: "override",
        status: "active",
        rules: { "customer.groups.id": [groupId] },
      },
    ],
    variant_price_map: {},
  }))
  const lists = createPriceListsStep(listData as any)
  const tierInput = transform({ input, groupId, lists }, ({ input, groupId, lists }) => ({
    name: input.name,
    customer_group_id: groupId,
    price_list_id: lists[0].id,
    min_order_amount: input.min_order_amount ?? null,
  }))
  return new WorkflowResponse(createTierStep(tierInput))
})
