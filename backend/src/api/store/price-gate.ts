import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Prices belong to approved dealers only (R1.4). Until a caller is known to be
 * an approved dealer, store responses carry no price at all: the pricing
 * context is removed from the query so nothing is computed, and any price-like
 * key left in the body is dropped before it is sent.
 */
export type PriceVisibility = (req: MedusaRequest) => Promise<boolean>

const noCallerSeesPrices: PriceVisibility = async () => false

const PRICING_CONTEXT_PARAMS = ["region_id", "currency_code", "country_code", "province", "cart_id"]
// Exact stock counts go with prices: visitors see at most a level (the wholesale variants route).
const PRICE_KEY = /price|inventory_quantity/i

export function priceGate(canSeePrices: PriceVisibility = noCallerSeesPrices) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (await canSeePrices(req)) return next()

    const query = req.query as Record<string, unknown>
    for (const param of PRICING_CONTEXT_PARAMS) delete query[param]
    if (typeof query.fields === "string") {
      const kept = query.fields.split(",").filter((f) => !PRICE_KEY.test(f))
      query.fields = kept.join(",")
      if (!kept.length) delete query.fields
    }

    const json = res.json.bind(res)
    res.json = (body: unknown) => json(withoutPrices(body))
    next()
  }
}

export function withoutPrices(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPrices)
  if (value && typeof value === "object" && !(value instanceof Date)) {
    const out: Record<string, unknown> = {}
    for (const [key, v] of Object.entries(value)) {
      if (!PRICE_KEY.test(key)) out[key] = withoutPrices(v)
    }
    return out
  }
  return value
}
