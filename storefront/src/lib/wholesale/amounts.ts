// Display arithmetic on yuan amounts. Prices carry at most 2 decimals, so
// working in whole fen (integers) keeps ¥0.1 + ¥0.2 from printing as ¥0.30000000000000004.
// Totals that matter (cart, order) always come from the backend.

const toFen = (yuan: number) => Math.round(yuan * 100)

/** base − unit, or null when there is nothing saved. */
export function savingOf(base: number | null | undefined, unit: number | null | undefined): number | null {
  if (typeof base !== "number" || typeof unit !== "number") return null
  const fen = toFen(base) - toFen(unit)
  return fen > 0 ? fen / 100 : null
}

/** unit × quantity, for the "小计" preview beside the stepper. */
export function lineAmount(unit: number, quantity: number): number {
  return (toFen(unit) * quantity) / 100
}
