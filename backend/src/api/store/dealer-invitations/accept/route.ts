import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseInput } from "../../../utils/parse-input"
import { Modules } from "@medusajs/framework/utils"
import { dealerError } from "../../../../modules/dealer/messages"
import { normalizeMobile } from "../../../../modules/dealer/mobile"
import { acceptDealerInvitationWorkflow } from "../../../../workflows/dealer/accept-dealer-invitation"
import { withDealerErrors } from "../../../utils/dealer-errors"
import { AcceptBody } from "../../dealers/me/members/validators"

/** An invitee accepts with a new login (registration token) or an existing customer login. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const input = parseInput(AcceptBody, req.body)
  await withDealerErrors(req, res, async () => {
    const auth = req.auth_context
    if (!auth?.auth_identity_id) throw dealerError("not_registered")
    const identity = await req.scope
      .resolve(Modules.AUTH)
      .retrieveAuthIdentity(auth.auth_identity_id, { relations: ["provider_identities"] })
    const email = identity.provider_identities?.find((p: any) => p.provider === "emailpass")?.entity_id ?? ""
    const { result: member } = await acceptDealerInvitationWorkflow(req.scope).run({
      input: {
        token: input.token,
        auth_identity_id: auth.auth_identity_id,
        customer_id: auth.actor_id || null,
        profile: {
          email,
          first_name: input.first_name ?? email.split("@")[0],
          last_name: input.last_name,
          phone: input.phone ? normalizeMobile(input.phone) : null,
        },
      },
    })
    res.status(201).json({ member: { id: member.id, role: member.role, dealer_id: member.dealer_id } })
  })
}
