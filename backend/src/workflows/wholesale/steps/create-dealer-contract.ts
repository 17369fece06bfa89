import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"

/** Records which group and price list carry a dealer's contract prices; compensation deletes the record. */
export const createDealerContractStep = createStep(
  "create-dealer-contract",
  async (input: { dealer_id: string; customer_group_id: string; price_list_id: string }, { container }) => {
    const contract = await container.resolve<WholesaleModuleService>(WHOLESALE_MODULE).createDealerContracts(input)
    return new StepResponse(contract, contract.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<WholesaleModuleService>(WHOLESALE_MODULE).deleteDealerContracts(id)
  }
)
