/**
 * Demo wholesale terms: per tier a discount off the base price, quantity
 * breaks and a minimum order amount; ordering rules and contract prices are
 * spread over the catalog by a stable hash of the SKU so every behaviour can
 * be seen and the seed gives the same result on every machine.
 */
export const demoTierTerms: Record<string, { discount: number; breaks: boolean; min_order_amount: number | null }> = {
  一级经销商: { discount: 0.85, breaks: true, min_order_amount: 2000 },
  二级经销商: { discount: 0.92, breaks: true, min_order_amount: 1000 },
  特约经销商: { discount: 0.8, breaks: false, min_order_amount: 5000 },
}

/** Quantity breaks as (minimum quantity, factor off the tier price). */
export const demoBreaks: [number, number][] = [
  [20, 0.96],
  [50, 0.92],
]

export const CONTRACT_DEALER_EMAIL = "hefeng@dealer.demo"
export const CONTRACT_FACTOR = 0.78

export function skuHash(sku: string): number {
  let h = 2166136261
  for (const c of sku) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0
  return h
}

const yuan = (n: number) => Math.round(n * 100) / 100

export function demoTierPrice(base: number, sku: string, tier: string) {
  const terms = demoTierTerms[tier]
  const amount = yuan(base * terms.discount)
  // Most products have breaks; one in five does not, to show both.
  const breaks = terms.breaks && skuHash(sku) % 5 !== 0 ? demoBreaks.map(([q, f]) => ({ min_quantity: q, amount: yuan(amount * f) })) : []
  return { amount, breaks: breaks.filter((b, i, all) => b.amount < (i ? all[i - 1].amount : amount)) }
}

/** 起订量 / 订货倍数 / 限购 on about two thirds of the variants. */
export function demoRule(sku: string) {
  const h = skuHash(sku) % 12
  if (h < 4) return null
  if (h < 7) return { min_quantity: 5, multiple: null, max_quantity: null }
  if (h < 10) return { min_quantity: 6, multiple: 6, max_quantity: null }
  return { min_quantity: 2, multiple: 2, max_quantity: 200 }
}

/** Every eighth variant has a contract price for the contract dealer. */
export const hasDemoContract = (sku: string) => skuHash(sku) % 8 === 3
