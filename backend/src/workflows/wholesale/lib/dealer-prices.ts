import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DEALER_MODULE } from "../../../modules/dealer"
import type DealerModuleService from "../../../modules/dealer/service"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"
import { breakRanges } from "../../../modules/wholesale/breaks"
import { readTierPrices } from "./tier-prices"

export type PriceSource = "contract" | "promotion" | "tier" | "base"

export type DealerVariantPricing = {
  currency_code: string
  base_amount: number | null
  unit_amount: number | null
  source: PriceSource
  breaks: { min_quantity: number; max_quantity: number | null; amount: number }[]
}

/**
 * What one customer pays per unit for each variant, priced by the Pricing
 * module exactly as a cart would price it, with the base price beside it and
 * the tier's quantity breaks. Only called for approved dealers.
 */
export async function dealerPricing(
  container: MedusaContainer,
  input: { customerId: string; variantIds: string[]; regionId: string; currencyCode: string }
): Promise<Map<string, DealerVariantPricing>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const pricing = container.resolve(Modules.PRICING)
  const wholesale = container.resolve<WholesaleModuleService>(WHOLESALE_MODULE)
  const dealers = container.resolve<DealerModuleService>(DEALER_MODULE)

  const [{ data: variants }, { data: customers }, member] = await Promise.all([
    query.graph({ entity: "variant", fields: ["id", "price_set.id"], filters: { id: input.variantIds } }),
    query.graph({ entity: "customer", fields: ["id", "groups.id"], filters: { id: input.customerId } }),
    dealers.retrieveMembership(input.customerId),
  ])
  const priceSetOf = new Map(variants.filter((v: any) => v.price_set?.id).map((v: any) => [v.id, v.price_set.id as string]))
  const priceSetIds = [...priceSetOf.values()]
  if (!priceSetIds.length) return new Map()

  const groups = (customers[0]?.groups ?? []).map((g: any) => ({ id: g.id }))
  const base = { currency_code: input.currencyCode, region_id: input.regionId }
  const [mine, list, tiers, contracts] = await Promise.all([
    pricing.calculatePrices({ id: priceSetIds }, { context: { ...base, customer: { groups } } as any }),
    pricing.calculatePrices({ id: priceSetIds }, { context: base }),
    member?.dealer?.tier_group_id ? wholesale.listTiers({ customer_group_id: member.dealer.tier_group_id }) : [],
    member?.dealer ? wholesale.listDealerContracts({ dealer_id: member.dealer.id }) : [],
  ])
  const contractListId = contracts[0]?.price_list_id
  const tierPrices = await readTierPrices(container, tiers[0]?.price_list_id ?? null, priceSetIds)
  const mineBySet = new Map(mine.map((p) => [p.id, p]))
  const listBySet = new Map(list.map((p) => [p.id, p]))

  const out = new Map<string, DealerVariantPricing>()
  for (const [variantId, priceSetId] of priceSetOf) {
    const calculated = mineBySet.get(priceSetId)
    const listPrice = listBySet.get(priceSetId)
    const plId = calculated?.calculated_price?.price_list_id
    const source: PriceSource = !plId
      ? "base"
      : plId === contractListId
        ? "contract"
        : calculated?.calculated_price?.price_list_type === "sale"
          ? "promotion"
          : "tier"
    const tier = tierPrices.get(priceSetId)
    out.set(variantId, {
      currency_code: input.currencyCode,
      base_amount: num(listPrice?.calculated_amount),
      unit_amount: num(calculated?.calculated_amount),
      source,
      breaks: source === "tier" && tier ? breakRanges(tier) : [],
    })
  }
  return out
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v))
