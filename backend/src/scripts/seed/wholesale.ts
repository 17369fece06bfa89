import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DEALER_MODULE } from "../../modules/dealer"
import type DealerModuleService from "../../modules/dealer/service"
import { WHOLESALE_MODULE } from "../../modules/wholesale"
import type WholesaleModuleService from "../../modules/wholesale/service"
import { createTierWorkflow } from "../../workflows/wholesale/create-tier"
import { savePriceMatrixWorkflow } from "../../workflows/wholesale/save-price-matrix"
import { setContractPricesWorkflow } from "../../workflows/wholesale/set-contract-prices"
import { CONTRACT_DEALER_EMAIL, CONTRACT_FACTOR, demoRule, demoTierPrice, demoTierTerms, hasDemoContract } from "../demo/wholesale"

/** Tiers over the demo tier groups, their prices and breaks, ordering rules and one dealer's contract prices. */
export async function ensureDemoWholesale(container: MedusaContainer) {
  const wholesale = container.resolve<WholesaleModuleService>(WHOLESALE_MODULE)
  const customers = container.resolve(Modules.CUSTOMER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const tiers: { name: string; price_list_id: string; fresh: boolean }[] = []
  for (const [name, terms] of Object.entries(demoTierTerms)) {
    const [group] = await customers.listCustomerGroups({ name })
    if (!group) continue
    const [existing] = await wholesale.listTiers({ customer_group_id: group.id })
    const tier =
      existing ??
      (await createTierWorkflow(container).run({ input: { name, customer_group_id: group.id, min_order_amount: terms.min_order_amount } })).result
    tiers.push({ name, price_list_id: tier.price_list_id!, fresh: !existing })
  }
  if (!tiers.some((t) => t.fresh)) return { tiers: 0 }

  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["id", "sku", "price_set.id", "price_set.prices.amount", "price_set.prices.currency_code", "price_set.prices.price_list_id"],
  })
  const rows = variants
    .map((v: any) => ({
      v,
      base: Number((v.price_set?.prices ?? []).find((p: any) => p.currency_code === "cny" && !p.price_list_id)?.amount ?? 0),
    }))
    .filter((r) => r.v.sku && r.v.price_set?.id && r.base > 0)

  const lists = tiers
    .filter((t) => t.fresh)
    .map((t) => ({
      price_list_id: t.price_list_id,
      price_set_ids: rows.map((r) => r.v.price_set.id as string),
      prices: rows.flatMap((r) => {
        const p = demoTierPrice(r.base, r.v.sku, t.name)
        return [{ price_set_id: r.v.price_set.id, amount: p.amount }, ...p.breaks.map((b) => ({ price_set_id: r.v.price_set.id, ...b }))]
      }),
    }))
  const rules = rows.flatMap((r) => {
    const rule = demoRule(r.v.sku)
    return rule ? [{ variant_id: r.v.id as string, ...rule }] : []
  })
  await savePriceMatrixWorkflow(container).run({ input: { lists, base: [], rules } })

  const dealers = container.resolve<DealerModuleService>(DEALER_MODULE)
  const [dealer] = await dealers.listDealers({ email: CONTRACT_DEALER_EMAIL })
  if (dealer && !(await wholesale.listDealerContracts({ dealer_id: dealer.id })).length) {
    await setContractPricesWorkflow(container).run({
      input: {
        dealer_id: dealer.id,
        company_name: dealer.company_name,
        contract: null,
        prices: rows
          .filter((r) => hasDemoContract(r.v.sku))
          .map((r) => ({ price_set_id: r.v.price_set.id, amount: Math.round(r.base * CONTRACT_FACTOR * 100) / 100 })),
      },
    })
  }
  return { tiers: tiers.filter((t) => t.fresh).length }
}
