import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"
import { tierPriceError, type TierPrice } from "../../../modules/wholesale/breaks"
import { ruleError, type OrderingRule } from "../../../modules/wholesale/rules"
import type { MatrixRow, MatrixTier } from "../../../modules/wholesale/matrix-csv"
import { readTierPrices } from "../../../workflows/wholesale/lib/tier-prices"
import type { SavePriceMatrixInput } from "../../../workflows/wholesale/save-price-matrix"

export type MatrixTierFull = MatrixTier & { price_list_id: string | null }

export async function matrixTiers(container: MedusaContainer): Promise<MatrixTierFull[]> {
  const tiers = await container
    .resolve<WholesaleModuleService>(WHOLESALE_MODULE)
    .listTiers({}, { order: { rank: "ASC", created_at: "ASC" }, take: null })
  return tiers.map((t) => ({ id: t.id, name: t.name, price_list_id: t.price_list_id }))
}

/** One page of variant ids, by product title then SKU, optionally searched by SKU or title. */
export async function pageVariantIds(container: MedusaContainer, q: string | undefined, offset: number, limit: number) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const base = knex("product_variant as v")
    .join("product as p", "p.id", "v.product_id")
    .whereNull("v.deleted_at")
    .whereNull("p.deleted_at")
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => "\\" + c)}%`
    base.andWhere((b: any) => b.whereILike("v.sku", like).orWhereILike("p.title", like).orWhereILike("v.title", like))
  }
  const [{ count }] = await base.clone().count("* as count")
  const rows = await base.clone().select("v.id").orderBy([{ column: "p.title" }, { column: "v.sku" }]).offset(offset).limit(limit)
  return { ids: rows.map((r: any) => r.id as string), count: Number(count) }
}

/** The matrix rows of some variants: base price, rules and every tier's price with its breaks. */
export async function readMatrixRows(container: MedusaContainer, tiers: MatrixTierFull[], variantIds: string[]) {
  if (!variantIds.length) return [] as (MatrixRow & { price_set_id: string })[]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["id", "sku", "title", "product.title", "price_set.id"],
    filters: { id: variantIds },
  })
  const priceSetIds = variants.map((v: any) => v.price_set?.id).filter(Boolean)
  const [base, rules, ...tierPrices] = await Promise.all([
    container.resolve(Modules.PRICING).listPrices(
      { price_set_id: priceSetIds, price_list_id: null, currency_code: "cny" } as any,
      { take: null, select: ["price_set_id", "amount", "rules_count", "min_quantity"] }
    ),
    container.resolve<WholesaleModuleService>(WHOLESALE_MODULE).listVariantRules({ variant_id: variantIds }, { take: null }),
    ...tiers.map((t) => readTierPrices(container, t.price_list_id, priceSetIds)),
  ])
  const baseOf = new Map(
    base.filter((p: any) => !p.rules_count && p.min_quantity == null).map((p: any) => [p.price_set_id, Number(p.amount)])
  )
  const ruleOf = new Map(rules.map((r) => [r.variant_id, r]))
  const order = new Map(variantIds.map((id, i) => [id, i]))
  return variants
    .sort((a: any, b: any) => order.get(a.id)! - order.get(b.id)!)
    .map((v: any) => {
      const r = ruleOf.get(v.id)
      const psId = v.price_set?.id
      return {
        variant_id: v.id,
        price_set_id: psId,
        sku: v.sku ?? null,
        product_title: v.product?.title ?? "",
        variant_title: v.title ?? "",
        base_amount: baseOf.get(psId) ?? null,
        rules: { min_quantity: r?.min_quantity ?? null, multiple: r?.multiple ?? null, max_quantity: r?.max_quantity ?? null },
        prices: Object.fromEntries(tiers.map((t, i) => [t.id, tierPrices[i].get(psId) ?? { amount: null, breaks: [] }])),
      }
    })
}

export type MatrixRowInput = {
  variant_id: string
  base_amount?: number | null
  rules?: OrderingRule
  prices?: Record<string, TierPrice>
}
export type MatrixProblem = { row: number; variant_id: string; field: string; code: string }

/**
 * Checks a batch of rows and turns it into one workflow input. Any problem
 * and nothing is applied: a half-applied price list is worse than none.
 */
export async function planMatrixSave(
  container: MedusaContainer,
  tiers: MatrixTierFull[],
  rows: MatrixRowInput[]
): Promise<{ problems: MatrixProblem[]; plan: SavePriceMatrixInput }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["id", "price_set.id"],
    filters: { id: rows.map((r) => r.variant_id) },
  })
  const priceSetOf = new Map(variants.map((v: any) => [v.id, v.price_set?.id as string | undefined]))
  const tierOf = new Map(tiers.map((t) => [t.id, t]))
  const problems: MatrixProblem[] = []
  const plan: SavePriceMatrixInput = { lists: [], base: [], rules: [] }
  const lists = new Map<string, SavePriceMatrixInput["lists"][number]>()

  rows.forEach((row, index) => {
    const bad = (field: string, code = field) => problems.push({ row: index, variant_id: row.variant_id, field, code })
    const psId = priceSetOf.get(row.variant_id)
    if (!psId) return bad("variant_id", "unknown_variant")
    if (row.base_amount !== undefined && row.base_amount !== null) {
      if (!(row.base_amount > 0)) bad("base_amount")
      else plan.base.push({ price_set_id: psId, amount: row.base_amount })
    }
    if (row.rules) {
      const field = ruleError(row.rules)
      if (field) bad(`rules.${field}`, field)
      else plan.rules.push({ variant_id: row.variant_id, ...row.rules })
    }
    for (const [tierId, price] of Object.entries(row.prices ?? {})) {
      const tier = tierOf.get(tierId)
      if (!tier?.price_list_id) {
        bad(`prices.${tierId}`, "unknown_tier")
        continue
      }
      const field = tierPriceError(price)
      if (field) {
        bad(`prices.${tierId}.${field}`, field)
        continue
      }
      const list = lists.get(tier.price_list_id) ?? { price_list_id: tier.price_list_id, price_set_ids: [], prices: [] }
      list.price_set_ids.push(psId)
      if (price.amount !== null) {
        list.prices.push({ price_set_id: psId, amount: price.amount })
        for (const b of price.breaks) list.prices.push({ price_set_id: psId, amount: b.amount, min_quantity: b.min_quantity })
      }
      lists.set(tier.price_list_id, list)
    }
  })
  plan.lists = [...lists.values()]
  return { problems, plan }
}
