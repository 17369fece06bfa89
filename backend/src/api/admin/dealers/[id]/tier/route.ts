import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import { z } from "zod"
import { parseInput } from "../../../../utils/parse-input"
import { DEALER_MODULE } from "../../../../../modules/dealer"
import type DealerModuleService from "../../../../../modules/dealer/service"
import { WHOLESALE_MODULE } from "../../../../../modules/wholesale"
import type WholesaleModuleService from "../../../../../modules/wholesale/service"
import { wholesaleError } from "../../../../../modules/wholesale/wholesale-error"
import { changeDealerTierWorkflow } from "../../../../../workflows/wholesale/change-dealer-tier"

const Body = z.object({ tier_id: z.string().min(1), note: z.string().trim().max(1000).optional() })

/**
 * POST /admin/dealers/:id/tier: move an approved dealer to another tier. Its
 * open carts are re-priced at once so the dealer never submits old prices.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseInput(Body, req.body)
  const dealers = req.scope.resolve<DealerModuleService>(DEALER_MODULE)
  const wholesale = req.scope.resolve<WholesaleModuleService>(WHOLESALE_MODULE)
  const [dealer] = await dealers.listDealers({ id: req.params.id }, { relations: ["members"] })
  if (!dealer) throw wholesaleError("dealer_not_found", {}, "not_found")
  if (dealer.status !== "approved" && dealer.status !== "suspended") throw wholesaleError("dealer_not_approved_for_tier", {}, "conflict")
  const tiers = await wholesale.listTiers({}, { take: null })
  const to = tiers.find((t) => t.id === body.tier_id)
  if (!to) throw wholesaleError("tier_not_found", { field: "tier_id" }, "invalid_data")
  const from = tiers.find((t) => t.customer_group_id === dealer.tier_group_id)

  const { result } = await changeDealerTierWorkflow(req.scope).run({
    input: {
      dealer_id: dealer.id,
      from_group_id: dealer.tier_group_id ?? null,
      to_group_id: to.customer_group_id,
      actor_id: req.auth_context.actor_id,
      note: body.note ?? null,
      from_name: from?.name ?? null,
      to_name: to.name,
    },
  })

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const customerIds = dealer.members.map((m) => m.customer_id)
  const { data: carts } = customerIds.length
    ? await query.graph({ entity: "cart", fields: ["id"], filters: { customer_id: customerIds, completed_at: null } as any })
    : { data: [] }
  for (const cart of carts) {
    await refreshCartItemsWorkflow(req.scope).run({ input: { cart_id: cart.id, force_refresh: true } })
  }
  const { license_file_id: _f, members: _m, ...rest } = result as any
  res.json({ dealer: rest, repriced_carts: carts.length })
}
