import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_MODULE } from "../../../modules/dealer"
import type DealerModuleService from "../../../modules/dealer/service"

/** Points a dealer at another tier group; compensation points it back. */
export const setDealerTierStep = createStep(
  "set-dealer-tier",
  async (input: { dealer_id: string; tier_group_id: string }, { container }) => {
    const dealers = container.resolve<DealerModuleService>(DEALER_MODULE)
    const before = await dealers.retrieveDealer(input.dealer_id)
    const dealer = await dealers.updateDealers({ id: input.dealer_id, tier_group_id: input.tier_group_id })
    return new StepResponse(dealer, { id: before.id, tier_group_id: before.tier_group_id })
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<DealerModuleService>(DEALER_MODULE).updateDealers(previous)
  }
)
