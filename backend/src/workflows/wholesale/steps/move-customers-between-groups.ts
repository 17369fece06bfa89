import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Input = { from_group_id: string | null; to_group_id: string; customer_ids: string[] }

/** Moves customers from one group to another; compensation moves them back. */
export const moveCustomersBetweenGroupsStep = createStep(
  "move-customers-between-groups",
  async (input: Input, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const pairs = (group: string) => input.customer_ids.map((customer_id) => ({ customer_id, customer_group_id: group }))
    if (!input.customer_ids.length || input.from_group_id === input.to_group_id) return new StepResponse(null, null)
    if (input.from_group_id) await customers.removeCustomerFromGroup(pairs(input.from_group_id))
    await customers.addCustomerToGroup(pairs(input.to_group_id))
    return new StepResponse(null, input)
  },
  async (input, { container }) => {
    if (!input) return
    const customers = container.resolve(Modules.CUSTOMER)
    const pairs = (group: string) => input.customer_ids.map((customer_id) => ({ customer_id, customer_group_id: group }))
    await customers.removeCustomerFromGroup(pairs(input.to_group_id))
    if (input.from_group_id) await customers.addCustomerToGroup(pairs(input.from_group_id))
  }
)
