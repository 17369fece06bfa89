/** A tier's price for one variant: the price from one unit, and cheaper prices from larger quantities. */
export type TierPrice = { amount: number | null; breaks: { min_quantity: number; amount: number }[] }

/**
 * Which field of a tier price is wrong, or null. Breaks start above one unit,
 * do not repeat a quantity, and get cheaper as the quantity grows: core picks
 * the cheapest matching price, so a dearer break would never apply.
 */
export function tierPriceError(price: TierPrice): string | null {
  if (price.amount !== null && !(price.amount > 0)) return "amount"
  if (price.breaks.length && price.amount === null) return "amount"
  const sorted = [...price.breaks].sort((a, b) => a.min_quantity - b.min_quantity)
  let previous = price.amount ?? Infinity
  let previousQty = 1
  for (const b of sorted) {
    if (!Number.isInteger(b.min_quantity) || b.min_quantity <= previousQty) return "breaks.min_quantity"
    if (!(b.amount > 0) || b.amount >= previous) return "breaks.amount"
    previous = b.amount
    previousQty = b.min_quantity
  }
  return null
}

/** The breaks as dealers read them: ranges with their unit price, starting at one unit. */
export function breakRanges(price: TierPrice) {
  if (price.amount === null) return []
  const points = [{ min_quantity: 1, amount: price.amount }, ...[...price.breaks].sort((a, b) => a.min_quantity - b.min_quantity)]
  if (points.length === 1) return []
  return points.map((p, i) => ({
    min_quantity: p.min_quantity,
    max_quantity: i + 1 < points.length ? points[i + 1].min_quantity - 1 : null,
    amount: p.amount,
  }))
}
