import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { changeDealerMemberWorkflow } from "../../../../../../workflows/dealer/change-dealer-member"
import { withDealerErrors } from "../../../../../utils/dealer-errors"
import { requireMembership } from "../../owner"
import { ChangeRoleBody } from "../validators"

// Member ids of other companies simply are not found: the dealer comes from the caller, never the URL.
async function change(req: AuthenticatedMedusaRequest, res: MedusaResponse, role: "owner" | "buyer" | "finance" | null) {
  await withDealerErrors(req, res, async () => {
    const me = await requireMembership(req, { owner: true })
    const { result } = await changeDealerMemberWorkflow(req.scope).run({
      input: { dealer_id: me.dealer.id, member_id: req.params.id, role, actor_id: req.auth_context.actor_id },
    })
    res.json(role === null ? { id: result.member.id, deleted: true } : { member: { id: result.member.id, role } })
  })
}

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const parsed = ChangeRoleBody.safeParse(req.body ?? {})
  if (!parsed.success) throw new MedusaError(MedusaError.Types.INVALID_DATA, "role must be owner, buyer or finance")
  await change(req, res, parsed.data.role)
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await change(req, res, null)
}
