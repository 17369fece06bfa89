import type { PriceBreak, VariantRules } from "./types"

// Pure arithmetic on the ordering rules, shared by the product page, the cart
// and the order lists so the stepper never offers a quantity the backend refuses.

const positive = (n: number | null | undefined): number | null =>
  typeof n === "number" && Number.isFinite(n) && n > 0 ? Math.floor(n) : null

/** How far one click moves: the case pack, or 1. */
export function stepOf(rules: VariantRules | null | undefined): number {
  return positive(rules?.multiple) ?? 1
}

/**
 * The smallest quantity the backend accepts: at least the MOQ, and a multiple
 * of the case pack (10 with a pack of 6 → 12).
 */
export function firstQuantity(rules: VariantRules | null | undefined): number {
  const step = stepOf(rules)
  const min = positive(rules?.min_quantity) ?? 1
  return Math.max(step, Math.ceil(min / step) * step)
}

/** The largest allowed quantity, rounded down to a whole case; null when unlimited. */
export function lastQuantity(rules: VariantRules | null | undefined): number | null {
  const max = positive(rules?.max_quantity)
  if (max === null) return null
  const step = stepOf(rules)
  return Math.floor(max / step) * step
}

/** Snaps any typed number onto the allowed grid: up to the next whole case, within min and max. */
export function normalizeQuantity(value: number, rules: VariantRules | null | undefined): number {
  const step = stepOf(rules)
  const first = firstQuantity(rules)
  const last = lastQuantity(rules)
  let q = Number.isFinite(value) ? Math.ceil(Math.max(value, 0) / step) * step : first
  if (q < first) q = first
  if (last !== null && last >= first && q > last) q = last
  return q
}

/** The break price that applies to a quantity (the cheapest whose minimum is met), or null. */
export function breakAmountFor(breaks: PriceBreak[], quantity: number): number | null {
  let best: number | null = null
  for (const b of breaks) {
    if (b.min_quantity > quantity) continue
    if (b.max_quantity !== null && b.max_quantity < quantity) continue
    if (best === null || b.amount < best) best = b.amount
  }
  return best
}
