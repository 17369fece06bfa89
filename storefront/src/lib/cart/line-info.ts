// Build fails if a client component imports this (Next aliases the module itself).
import "server-only"
import { sdk } from "../medusa"
import { productTitle, productUnit } from "../localize"
import type { Product } from "../types"
import { getWholesaleVariants } from "../wholesale/variants"
import type { VariantRules } from "../wholesale/types"

export type LineInfo = {
  rules: VariantRules | null
  unit: string | null
  title: string | null
  variantTitle: string | null
}

/**
 * What a cart or order-list line needs beyond the line itself: the variant's
 * ordering rules (so its stepper moves by the case pack), the product's unit
 * word (箱, 袋 …) and its title in the page's language. Any of them may be
 * missing; the line still renders from its own fields.
 */
export async function lineInfo(variantIds: (string | null)[], locale: string): Promise<Map<string, LineInfo>> {
  const ids = [...new Set(variantIds.filter((v): v is string => !!v))]
  const info = new Map<string, LineInfo>()
  if (!ids.length) return info
  const [wholesale, products] = await Promise.all([
    getWholesaleVariants({ variantIds: ids }, locale),
    sdk.store.product
      .list({ variants: { id: ids }, limit: ids.length, fields: "id,title,metadata,variants.id,variants.title" })
      .then((r) => r.products as unknown as Product[])
      .catch(() => [] as Product[]),
  ])
  for (const id of ids) info.set(id, { rules: null, unit: null, title: null, variantTitle: null })
  for (const v of wholesale?.variants ?? []) {
    const entry = info.get(v.variant_id)
    if (entry) entry.rules = v.rules
  }
  for (const p of products) {
    for (const v of p.variants ?? []) {
      const entry = info.get(v.id)
      if (!entry) continue
      Object.assign(entry, { unit: productUnit(p, locale) ?? null, title: productTitle(p, locale), variantTitle: v.title })
    }
  }
  return info
}
