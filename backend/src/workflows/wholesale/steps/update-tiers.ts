import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"

export type TierUpdate = { id: string; name?: string; rank?: number; min_order_amount?: number | null }

/** Updates tiers; compensation writes the previous values back. */
export const updateTiersStep = createStep(
  "update-tiers",
  async (input: TierUpdate[], { container }) => {
    const wholesale = container.resolve<WholesaleModuleService>(WHOLESALE_MODULE)
    const before = await wholesale.listTiers({ id: input.map((t) => t.id) }, { take: null })
    const previous = before.map((t) => ({
      id: t.id,
      name: t.name,
      rank: t.rank,
      min_order_amount: t.min_order_amount == null ? null : Number(t.min_order_amount),
    }))
    const updated = await wholesale.updateTiers(input as any)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (previous?.length) await container.resolve<WholesaleModuleService>(WHOLESALE_MODULE).updateTiers(previous as any)
  }
)
