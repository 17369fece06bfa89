import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DEALER_MODULE } from "../../../../../modules/dealer"
import type DealerModuleService from "../../../../../modules/dealer/service"
import { WHOLESALE_MODULE } from "../../../../../modules/wholesale"
import type WholesaleModuleService from "../../../../../modules/wholesale/service"
import { wholesaleError } from "../../../../../modules/wholesale/wholesale-error"
import { listListPrices, readTierPrices } from "../../../../../workflows/wholesale/lib/tier-prices"

export async function loadDealerAndContract(container: MedusaContainer, dealerId: string) {
  const [dealer] = await container.resolve<DealerModuleService>(DEALER_MODULE).listDealers({ id: dealerId })
  if (!dealer) throw wholesaleError("dealer_not_found", {}, "not_found")
  const wholesale = container.resolve<WholesaleModuleService>(WHOLESALE_MODULE)
  const [contract] = await wholesale.listDealerContracts({ dealer_id: dealerId })
  const [tier] = dealer.tier_group_id ? await wholesale.listTiers({ customer_group_id: dealer.tier_group_id }) : []
  return { dealer, contract: contract ?? null, tier: tier ?? null }
}

/** The dealer's contract prices beside its tier price and the base price, for staff. */
export async function listContractPrices(container: MedusaContainer, dealerId: string) {
  const { contract, tier } = await loadDealerAndContract(container, dealerId)
  if (!contract) return []
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const setIds: string[] = (
    await knex("price").distinct("price_set_id").where({ price_list_id: contract.price_list_id }).whereNull("deleted_at")
  ).map((r: any) => r.price_set_id)
  if (!setIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [contractPrices, tierPrices, base, { data: variants }] = await Promise.all([
    listListPrices(container, contract.price_list_id, setIds),
    readTierPrices(container, tier?.price_list_id ?? null, setIds),
    container.resolve(Modules.PRICING).listPrices(
      { price_set_id: setIds, price_list_id: null, currency_code: "cny" } as any,
      { take: null, select: ["price_set_id", "amount", "rules_count", "min_quantity"] }
    ),
    query.graph({ entity: "variant", fields: ["id", "sku", "title", "product.title", "price_set.id"], filters: { price_set: { id: setIds } } as any }),
  ])
  const variantOf = new Map(variants.map((v: any) => [v.price_set?.id, v]))
  const baseOf = new Map(base.filter((p: any) => !p.rules_count && p.min_quantity == null).map((p: any) => [p.price_set_id, Number(p.amount)]))
  return contractPrices
    .map((p) => {
      const v: any = variantOf.get(p.price_set_id)
      return {
        variant_id: v?.id ?? null,
        sku: v?.sku ?? null,
        product_title: v?.product?.title ?? "",
        variant_title: v?.title ?? "",
        amount: p.amount,
        tier_amount: tierPrices.get(p.price_set_id)?.amount ?? null,
        base_amount: baseOf.get(p.price_set_id) ?? null,
      }
    })
    .filter((r) => r.variant_id)
    .sort((a, b) => String(a.sku).localeCompare(String(b.sku)))
}
