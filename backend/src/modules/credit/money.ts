/**
 * A money amount a person can type: at most two decimals. Judged on the
 * decimal text, not by multiplying a float (1.13 × 100 is 112.99999999999999).
 */
export function hasAtMostTwoDecimals(v: number): boolean {
  return Number.isFinite(v) && /^-?\d+(\.\d{1,2})?$/.test(String(v))
}
