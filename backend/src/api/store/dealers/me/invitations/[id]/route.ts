import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DEALER_MODULE } from "../../../../../../modules/dealer"
import type DealerModuleService from "../../../../../../modules/dealer/service"
import { dealerError } from "../../../../../../modules/dealer/messages"
import { withDealerErrors } from "../../../../../utils/dealer-errors"
import { requireMembership } from "../../owner"

/** Withdraws an open invitation of the caller's own company. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await withDealerErrors(req, res, async () => {
    const me = await requireMembership(req, { owner: true })
    const service = req.scope.resolve<DealerModuleService>(DEALER_MODULE)
    const [invitation] = await service.listDealerInvitations({ id: req.params.id, dealer_id: me.dealer.id })
    if (!invitation || invitation.accepted_at || invitation.revoked_at) throw dealerError("invitation_invalid")
    await service.updateDealerInvitations({ id: invitation.id, revoked_at: new Date() })
    res.json({ id: invitation.id, revoked: true })
  })
}
