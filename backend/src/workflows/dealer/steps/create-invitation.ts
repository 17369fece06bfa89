import crypto from "crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_MODULE } from "../../../modules/dealer"
import type DealerModuleService from "../../../modules/dealer/service"

export const INVITATION_TTL_DAYS = 7

export const hashInvitationToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex")

export type CreateInvitationInput = {
  dealer_id: string
  invited_by: string
  email?: string | null
  phone?: string | null
  role: "owner" | "buyer" | "finance"
}

/** Creates the invitation and returns the raw token once; only its hash is stored. */
export const createInvitationStep = createStep(
  "create-dealer-invitation",
  async (input: CreateInvitationInput, { container }) => {
    const service = container.resolve<DealerModuleService>(DEALER_MODULE)
    const token = crypto.randomBytes(24).toString("base64url")
    const invitation = await service.createDealerInvitations({
      dealer_id: input.dealer_id,
      invited_by: input.invited_by,
      email: input.email ?? null,
      phone: input.phone ?? null,
      role: input.role,
      token_hash: hashInvitationToken(token),
      expires_at: new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 3600 * 1000),
    })
    return new StepResponse({ invitation, token }, invitation.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<DealerModuleService>(DEALER_MODULE).deleteDealerInvitations(id)
  }
)
