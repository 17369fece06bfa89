import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEALER_MODULE } from "../../../../modules/dealer"
import type DealerModuleService from "../../../../modules/dealer/service"
import { dealerError } from "../../../../modules/dealer/messages"
import { withDealerErrors } from "../../../utils/dealer-errors"

/** One dealer for review: the application, its members, its tier and its full history. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await withDealerErrors(req, res, async () => {
    const service = req.scope.resolve<DealerModuleService>(DEALER_MODULE)
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const [dealer] = await service.listDealers({ id: req.params.id }, { relations: ["members", "events"] })
    if (!dealer) throw dealerError("dealer_not_found")

    const customerIds = dealer.members.map((m) => m.customer_id)
    const { data: customers } = customerIds.length
      ? await query.graph({ entity: "customer", fields: ["id", "email", "first_name", "last_name", "phone"], filters: { id: customerIds } })
      : { data: [] as any[] }
    const staffIds = [...new Set(dealer.events.filter((e) => e.actor_type === "staff" && e.actor_id).map((e) => e.actor_id!))]
    const { data: users } = staffIds.length
      ? await query.graph({ entity: "user", fields: ["id", "email", "first_name", "last_name"], filters: { id: staffIds } })
      : { data: [] as any[] }
    const { data: groups } = dealer.tier_group_id
      ? await query.graph({ entity: "customer_group", fields: ["id", "name"], filters: { id: dealer.tier_group_id } })
      : { data: [] as any[] }

    const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]))
    const customerById = byId(customers)
    const userById = byId(users)
    const memberName = (id: string | null) => {
      const c: any = id && customerById.get(id)
      return c ? [c.last_name, c.first_name].filter(Boolean).join("") || c.email : null
    }
    const userName = (id: string | null) => {
      const u: any = id && userById.get(id)
      return u ? [u.last_name, u.first_name].filter(Boolean).join("") || u.email : null
    }

    const { license_file_id: _f, members, events, ...rest } = dealer as any
    res.json({
      dealer: {
        ...rest,
        tier: groups[0] ?? null,
        members: members.map((m: any) => {
          const c: any = customerById.get(m.customer_id) ?? {}
          return { id: m.id, role: m.role, customer_id: m.customer_id, email: c.email, first_name: c.first_name, last_name: c.last_name, phone: c.phone }
        }),
        events: [...events]
          .sort((a: any, b: any) => +new Date(b.created_at) - +new Date(a.created_at))
          .map((e: any) => ({
            id: e.id,
            action: e.action,
            actor_type: e.actor_type,
            actor_id: e.actor_id,
            actor_name: e.actor_type === "staff" ? userName(e.actor_id) : e.actor_type === "dealer" ? memberName(e.actor_id) : null,
            note: e.note,
            data: e.data ?? null,
            created_at: e.created_at,
          })),
      },
    })
  })
}
