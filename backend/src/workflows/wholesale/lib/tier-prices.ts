import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { TierPrice } from "../../../modules/wholesale/breaks"

export type StoredPrice = { id: string; price_set_id: string; amount: number; min_quantity: number | null; max_quantity: number | null }

/** The prices of one price list for some price sets. */
export async function listListPrices(container: MedusaContainer, priceListId: string, priceSetIds: string[]): Promise<StoredPrice[]> {
  if (!priceSetIds.length) return []
  const prices = await container.resolve(Modules.PRICING).listPrices(
    { price_list_id: [priceListId], price_set_id: priceSetIds } as any,
    { take: null, select: ["id", "price_set_id", "amount", "min_quantity", "max_quantity"] }
  )
  return prices.map((p: any) => ({
    id: p.id,
    price_set_id: p.price_set_id,
    amount: Number(p.amount),
    min_quantity: p.min_quantity === null || p.min_quantity === undefined ? null : Number(p.min_quantity),
    max_quantity: p.max_quantity === null || p.max_quantity === undefined ? null : Number(p.max_quantity),
  }))
}

/** A price list's prices grouped per price set as a tier price: the price from one unit plus breaks. */
export function asTierPrices(prices: StoredPrice[]): Map<string, TierPrice> {
  const out = new Map<string, TierPrice>()
  for (const p of prices) {
    const entry = out.get(p.price_set_id) ?? { amount: null, breaks: [] }
    if (p.min_quantity === null || p.min_quantity <= 1) entry.amount = p.amount
    else entry.breaks.push({ min_quantity: p.min_quantity, amount: p.amount })
    out.set(p.price_set_id, entry)
  }
  for (const entry of out.values()) entry.breaks.sort((a, b) => a.min_quantity - b.min_quantity)
  return out
}

export async function readTierPrices(container: MedusaContainer, priceListId: string | null, priceSetIds: string[]) {
  if (!priceListId) return new Map<string, TierPrice>()
  return asTierPrices(await listListPrices(container, priceListId, priceSetIds))
}
