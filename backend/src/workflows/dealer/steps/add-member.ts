import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_MODULE } from "../../../modules/dealer"
import type DealerModuleService from "../../../modules/dealer/service"
import { dealerError } from "../../../modules/dealer/messages"

export const addDealerMemberStep = createStep(
  "add-dealer-member",
  async (input: { dealer_id: string; customer_id: string; role: "owner" | "buyer" | "finance"; invitation_id: string }, { container }) => {
    const service = container.resolve<DealerModuleService>(DEALER_MODULE)
    let member
    try {
      member = await service.createDealerMembers({ dealer_id: input.dealer_id, customer_id: input.customer_id, role: input.role })
    } catch (e: any) {
      // The unique customer index: this login joined a dealer meanwhile.
      if (/already exists|unique/i.test(String(e?.message))) throw dealerError("already_dealer")
      throw e
    }
    await service.updateDealerInvitations({ id: input.invitation_id, accepted_customer_id: input.customer_id })
    return new StepResponse(member, member.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<DealerModuleService>(DEALER_MODULE).deleteDealerMembers(id)
  }
)
