// How printed documents show money and time: yuan with two decimals, and
// Beijing time (UTC+8, no daylight saving) whatever the server's zone.

const grouped = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** ¥1,234.50 (a typographic minus for negatives, so columns line up). */
export function yuan(n: number): string {
  const text = `¥${grouped.format(Math.abs(n))}`
  return n < 0 && text !== "¥0.00" ? `−${text}` : text
}

/** +¥1,234.50 / −¥300.00: a movement rather than a balance. */
export function signedYuan(n: number): string {
  return n > 0 ? `+${yuan(n)}` : yuan(n)
}

const beijing = (at: Date | string) => new Date(+new Date(at) + 8 * 3600_000).toISOString()

/** 2026-05-03 14:20 */
export const beijingMinute = (at: Date | string) => beijing(at).replace("T", " ").slice(0, 16)

/** 2026-05-03 */
export const beijingDate = (at: Date | string) => beijing(at).slice(0, 10)
