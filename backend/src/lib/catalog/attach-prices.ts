import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { CatalogProduct } from "./load-products"

export type PricingIdentity = { regionId: string; currencyCode: string; groupIds: string[] }

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v))

/**
 * Prices every variant with the Pricing module, in one call, with the same context core's
 * store product route builds (region, currency, the customer's groups): a dealer sees
 * exactly what its cart will charge. Without an identity the products stay price-free.
 */
export async function attachPrices(container: MedusaContainer, products: CatalogProduct[], who: PricingIdentity | null) {
  const variants = products.flatMap((p) => p.variants)
  const priceSetIds = [...new Set(variants.map((v) => v.price_set_id).filter((id): id is string => !!id))]
  const prices = new Map<string, any>()
  if (who && priceSetIds.length) {
    const pricing = container.resolve(Modules.PRICING)
    const context = {
      region_id: who.regionId,
      currency_code: who.currencyCode,
      customer: { groups: who.groupIds.map((id) => ({ id })) },
    }
    for (const p of await pricing.calculatePrices({ id: priceSetIds }, { context } as any)) prices.set(p.id, p)
  }
  for (const v of variants) {
    const p = v.price_set_id ? prices.get(v.price_set_id) : null
    if (who) {
      v.calculated_price = p
        ? {
            calculated_amount: num(p.calculated_amount),
            original_amount: num(p.original_amount),
            currency_code: p.currency_code,
            is_calculated_price_price_list: !!p.is_calculated_price_price_list,
            price_list_type: p.calculated_price?.price_list_type ?? null,
          }
        : null
    }
    delete v.price_set_id
  }
}
