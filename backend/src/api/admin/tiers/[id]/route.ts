import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCustomerGroupsWorkflow, deletePriceListsWorkflow } from "@medusajs/medusa/core-flows"
import { parseInput } from "../../../utils/parse-input"
import { WHOLESALE_MODULE } from "../../../../modules/wholesale"
import type WholesaleModuleService from "../../../../modules/wholesale/service"
import { wholesaleError } from "../../../../modules/wholesale/wholesale-error"
import { updateTierWorkflow } from "../../../../workflows/wholesale/update-tier"
import { UpdateTierBody } from "../validators"
import { listTiersWithCounts } from "../list-tiers"

async function findTier(req: AuthenticatedMedusaRequest) {
  const [tier] = await listTiersWithCounts(req.scope, [req.params.id])
  if (!tier) throw wholesaleError("tier_not_found", {}, "not_found")
  return tier
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ tier: await findTier(req) })
}

/** POST /admin/tiers/:id: rename (group and price list follow) or change the minimum order amount. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseInput(UpdateTierBody, req.body)
  const tier = await findTier(req)
  if (body.name && body.name !== tier.name) {
    const [same] = await req.scope.resolve<WholesaleModuleService>(WHOLESALE_MODULE).listTiers({ name: body.name })
    if (same) throw wholesaleError("tier_name_taken", { field: "name" }, "conflict")
  }
  await updateTierWorkflow(req.scope).run({
    input: { id: tier.id, customer_group_id: tier.customer_group_id, price_list_id: tier.price_list_id, ...body },
  })
  res.json({ tier: await findTier(req) })
}

/** DELETE /admin/tiers/:id: only an empty tier; its price list and group go with it. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const tier = await findTier(req)
  if (tier.dealer_count > 0) throw wholesaleError("tier_in_use", { count: tier.dealer_count }, "conflict")
  await req.scope.resolve<WholesaleModuleService>(WHOLESALE_MODULE).deleteTiers(tier.id)
  if (tier.price_list_id) await deletePriceListsWorkflow(req.scope).run({ input: { ids: [tier.price_list_id] } })
  await deleteCustomerGroupsWorkflow(req.scope).run({ input: { ids: [tier.customer_group_id] } })
  res.json({ id: tier.id, object: "tier", deleted: true })
}
