import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"
import type { OrderingRule } from "../../../modules/wholesale/rules"

export type VariantFacts = { variant_id: string; sku: string | null; title: string; rule: OrderingRule | null }

/** Rules and display names of variants, for checking quantities and naming them in refusals. */
export async function loadVariantFacts(container: MedusaContainer, variantIds: string[]): Promise<Map<string, VariantFacts>> {
  const ids = [...new Set(variantIds.filter(Boolean))]
  if (!ids.length) return new Map()
  const wholesale = container.resolve<WholesaleModuleService>(WHOLESALE_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [rules, { data: variants }] = await Promise.all([
    wholesale.listVariantRules({ variant_id: ids }, { take: null }),
    query.graph({ entity: "variant", fields: ["id", "sku", "title", "product.title"], filters: { id: ids } }),
  ])
  const byVariant = new Map(rules.map((r) => [r.variant_id, r]))
  return new Map(
    variants.map((v: any) => {
      const r = byVariant.get(v.id)
      return [
        v.id,
        {
          variant_id: v.id,
          sku: v.sku ?? null,
          title: variantTitle(v.product?.title, v.title),
          rule: r ? { min_quantity: r.min_quantity, multiple: r.multiple, max_quantity: r.max_quantity } : null,
        },
      ]
    })
  )
}

export function variantTitle(productTitle: string | undefined, title: string | undefined) {
  if (!title || title === productTitle || /^default/i.test(title)) return productTitle ?? title ?? ""
  return `${productTitle ?? ""} ${title}`.trim()
}
