import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"

export type CreateTierInput = {
  name: string
  customer_group_id: string
  price_list_id: string
  min_order_amount?: number | null
}

/** Records the tier last in rank order; compensation deletes it. */
export const createTierStep = createStep(
  "create-tier",
  async (input: CreateTierInput, { container }) => {
    const wholesale = container.resolve<WholesaleModuleService>(WHOLESALE_MODULE)
    const existing = await wholesale.listTiers({}, { select: ["rank"], take: null })
    const rank = existing.reduce((max, t) => Math.max(max, t.rank), 0) + 1
    const tier = await wholesale.createTiers({ ...input, min_order_amount: input.min_order_amount ?? null, rank })
    return new StepResponse(tier, tier.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<WholesaleModuleService>(WHOLESALE_MODULE).deleteTiers(id)
  }
)
