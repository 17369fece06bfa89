import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"

type Input = { dealer_id: string; add?: string[]; remove?: string[] }

/**
 * Keeps a dealer's contract-price group equal to its logins when a member
 * joins or leaves; does nothing for dealers without contract prices.
 */
export const syncContractGroupStep = createStep(
  "sync-contract-group",
  async (input: Input, { container }) => {
    const [contract] = await container.resolve<WholesaleModuleService>(WHOLESALE_MODULE).listDealerContracts({ dealer_id: input.dealer_id })
    if (!contract) return new StepResponse(null, null)
    const customers = container.resolve(Modules.CUSTOMER)
    const pairs = (ids?: string[]) => (ids ?? []).map((customer_id) => ({ customer_id, customer_group_id: contract.customer_group_id }))
    if (input.add?.length) await customers.addCustomerToGroup(pairs(input.add))
    if (input.remove?.length) await customers.removeCustomerFromGroup(pairs(input.remove))
    return new StepResponse(null, { add: pairs(input.add), remove: pairs(input.remove) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const customers = container.resolve(Modules.CUSTOMER)
    if (undo.add.length) await customers.removeCustomerFromGroup(undo.add)
    if (undo.remove.length) await customers.addCustomerToGroup(undo.remove)
  }
)
