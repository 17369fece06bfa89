import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseInput } from "../../../../utils/parse-input"
import { Modules } from "@medusajs/framework/utils"
import { normalizeMobile } from "../../../../../modules/dealer/mobile"
import { dealerError } from "../../../../../modules/dealer/messages"
import { inviteDealerMemberWorkflow } from "../../../../../workflows/dealer/invite-dealer-member"
import { withDealerErrors } from "../../../../utils/dealer-errors"
import { requireMembership } from "../owner"
import { InviteBody } from "../members/validators"

const ROLE_ZH = { owner: "负责人", buyer: "采购", finance: "财务" }

/** The owner invites a colleague by e-mail or mobile; the link (and its token) is also returned to share by hand. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const input = parseInput(InviteBody, req.body)
  await withDealerErrors(req, res, async () => {
    const me = await requireMembership(req, { owner: true })
    const { email, role } = input
    const phone = input.phone ? normalizeMobile(input.phone) : null
    if (input.phone && !phone) throw Object.assign(dealerError("mobile_invalid"), { field: "phone" })
    if (!email && !phone) throw dealerError("invitation_target")
    const { result } = await inviteDealerMemberWorkflow(req.scope).run({
      input: { dealer_id: me.dealer.id, invited_by: req.auth_context.actor_id, email, phone, role },
    })
    const storefront = process.env.STOREFRONT_URL || "http://localhost:8000"
    const acceptUrl = `${storefront}/invite/${result.token}`
    const text = `${me.dealer.company_name} 邀请您以「${ROLE_ZH[role]}」身份加入 DealerMall 经销商订货商城，请在 7 天内打开链接接受邀请：${acceptUrl}`
    await req.scope.resolve(Modules.NOTIFICATION).createNotifications(
      [
        email && { to: email, channel: "email", template: "dealer-invitation", data: { text, accept_url: acceptUrl } },
        phone && { to: phone, channel: "sms", template: "dealer-invitation", data: { text, accept_url: acceptUrl } },
      ].filter(Boolean) as any
    )
    const { token_hash: _h, ...invitation } = result.invitation as any
    res.status(201).json({ invitation, token: result.token, accept_url: acceptUrl })
  })
}
