import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_MODULE } from "../../../modules/dealer"
import type DealerModuleService from "../../../modules/dealer/service"
import { dealerError } from "../../../modules/dealer/messages"

export type ChangeMemberInput = {
  dealer_id: string
  member_id: string
  // null removes the member.
  role: "owner" | "buyer" | "finance" | null
}

/** Changes a member's role or removes the member, never leaving the company without an owner. */
export const changeDealerMemberStep = createStep(
  "change-dealer-member",
  async (input: ChangeMemberInput, { container }) => {
    const service = container.resolve<DealerModuleService>(DEALER_MODULE)
    const members = await service.listDealerMembers({ dealer_id: input.dealer_id })
    const member = members.find((m) => m.id === input.member_id)
    if (!member) throw dealerError("member_not_found")
    const ownersLeft = members.filter((m) => m.role === "owner" && m.id !== member.id).length
    if (member.role === "owner" && input.role !== "owner" && ownersLeft === 0) throw dealerError("last_owner")
    if (input.role === null) await service.softDeleteDealerMembers(member.id)
    else await service.updateDealerMembers({ id: member.id, role: input.role })
    return new StepResponse({ member, removed: input.role === null }, { id: member.id, role: member.role, removed: input.role === null })
  },
  async (prev, { container }) => {
    if (!prev) return
    const service = container.resolve<DealerModuleService>(DEALER_MODULE)
    if (prev.removed) await service.restoreDealerMembers(prev.id)
    else await service.updateDealerMembers({ id: prev.id, role: prev.role })
  }
)
