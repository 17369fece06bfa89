import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_MODULE } from "../../../modules/dealer"
import type DealerModuleService from "../../../modules/dealer/service"
import { dealerError } from "../../../modules/dealer/messages"
import { hashInvitationToken } from "./create-invitation"

/**
 * Checks the token and marks the invitation used, so a token works once. The
 * caller's login must not already act for a dealer.
 */
export const claimInvitationStep = createStep(
  "claim-dealer-invitation",
  async (input: { token: string; customer_id: string | null }, { container }) => {
    const service = container.resolve<DealerModuleService>(DEALER_MODULE)
    const [invitation] = await service.listDealerInvitations(
      { token_hash: hashInvitationToken(input.token) },
      { relations: ["dealer"] }
    )
    if (!invitation || invitation.accepted_at || invitation.revoked_at) throw dealerError("invitation_invalid")
    if (new Date(invitation.expires_at) < new Date()) throw dealerError("invitation_expired")
    if (input.customer_id && (await service.retrieveMembership(input.customer_id))) throw dealerError("already_dealer")
    await service.updateDealerInvitations({ id: invitation.id, accepted_at: new Date() })
    return new StepResponse(invitation, invitation.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<DealerModuleService>(DEALER_MODULE).updateDealerInvitations({ id, accepted_at: null })
  }
)
