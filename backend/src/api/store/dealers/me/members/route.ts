import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEALER_MODULE } from "../../../../../modules/dealer"
import type DealerModuleService from "../../../../../modules/dealer/service"
import { withDealerErrors } from "../../../../utils/dealer-errors"
import { requireMembership } from "../owner"

/** The caller's company's members and open invitations; any member may look. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await withDealerErrors(req, res, async () => {
    const me = await requireMembership(req)
    const service = req.scope.resolve<DealerModuleService>(DEALER_MODULE)
    const members = await service.listDealerMembers({ dealer_id: me.dealer.id }, { order: { created_at: "ASC" } })
    const { data: customers } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name", "phone"],
      filters: { id: members.map((m) => m.customer_id) },
    })
    const byId = new Map(customers.map((c: any) => [c.id, c]))
    const invitations = await service.listDealerInvitations(
      { dealer_id: me.dealer.id, accepted_at: null, revoked_at: null, expires_at: { $gt: new Date() } },
      { order: { created_at: "DESC" } }
    )
    res.json({
      members: members.map((m) => {
        const c: any = byId.get(m.customer_id) ?? {}
        return { id: m.id, role: m.role, email: c.email, first_name: c.first_name, last_name: c.last_name, phone: c.phone, is_me: m.id === me.id }
      }),
      invitations: invitations.map(({ id, email, phone, role, expires_at, created_at }) => ({ id, email, phone, role, expires_at, created_at })),
    })
  })
}
