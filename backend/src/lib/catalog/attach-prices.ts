import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { CatalogPrice, CatalogProduct } from "./load-products"

export type PricingIdentity = { regionId: string; currencyCode: string; groupIds: string[] }

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v))
// Price sets per Pricing-module call: keeps each statement's id list moderate.
const CHUNK = 1000

/**
 * The caller's price for each price set, from the Pricing module with the same context
 * core's store product route builds (region, currency, the customer's groups): a dealer
 * sees exactly what its cart will charge.
 */
export async function priceMap(container: MedusaContainer, priceSetIds: string[], who: PricingIdentity): Promise<Map<string, CatalogPrice>> {
  const pricing = container.resolve(Modules.PRICING)
  const context = { region_id: who.regionId, currency_code: who.currencyCode, customer: { groups: who.groupIds.map((id) => ({ id })) } }
  const out = new Map<string, CatalogPrice>()
  for (let i = 0; i < priceSetIds.length; i += CHUNK) {
    const calculated = await pricing.calculatePrices({ id: priceSetIds.slice(i, i + CHUNK) }, { context } as any)
    for (const p of calculated as any[]) {
      out.set(p.id, {
        calculated_amount: num(p.calculated_amount),
        original_amount: num(p.original_amount),
        currency_code: p.currency_code,
        is_calculated_price_price_list: !!p.is_calculated_price_price_list,
        price_list_type: p.calculated_price?.price_list_type ?? null,
      })
    }
  }
  return out
}

/**
 * A priced copy of a product for sending: `calculated_price` on every variant when there
 * are prices (null where a variant has none), no price key at all otherwise, and never
 * the internal price set id. The product itself may be shared, so it is not changed.
 */
export function priced(product: CatalogProduct, prices: Map<string, CatalogPrice> | null): CatalogProduct {
  return {
    ...product,
    variants: product.variants.map(({ price_set_id, ...v }) =>
      prices ? { ...v, calculated_price: (price_set_id && prices.get(price_set_id)) || null } : v
    ),
  }
}

/** Prices a page of products with one lookup for all their variants. */
export async function pricedProducts(container: MedusaContainer, products: CatalogProduct[], who: PricingIdentity | null) {
  const ids = [...new Set(products.flatMap((p) => p.variants.map((v) => v.price_set_id)).filter((id): id is string => !!id))]
  const prices = who ? (ids.length ? await priceMap(container, ids, who) : new Map()) : null
  return products.map((p) => priced(p, prices))
}
