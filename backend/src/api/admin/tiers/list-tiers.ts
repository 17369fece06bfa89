import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"

/** Tiers in rank order with how many dealers each holds, as staff pages show them. */
export async function listTiersWithCounts(container: MedusaContainer, ids?: string[]) {
  const wholesale = container.resolve<WholesaleModuleService>(WHOLESALE_MODULE)
  const tiers = await wholesale.listTiers(ids ? { id: ids } : {}, { order: { rank: "ASC", created_at: "ASC" }, take: null })
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const counts = tiers.length
    ? await knex("dealer")
        .select("tier_group_id")
        .count("* as count")
        .whereIn("tier_group_id", tiers.map((t) => t.customer_group_id))
        .whereNull("deleted_at")
        .groupBy("tier_group_id")
    : []
  const countOf = new Map(counts.map((c: any) => [c.tier_group_id, Number(c.count)]))
  return tiers.map((t) => ({
    id: t.id,
    name: t.name,
    rank: t.rank,
    customer_group_id: t.customer_group_id,
    price_list_id: t.price_list_id,
    min_order_amount: t.min_order_amount == null ? null : Number(t.min_order_amount),
    dealer_count: countOf.get(t.customer_group_id) ?? 0,
  }))
}
