// Statement months are Beijing calendar months (UTC+8, no daylight saving),
// as the backend cuts them.
const SHANGHAI_OFFSET_MS = 8 * 3600_000
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

/** "2026-11": this month in Beijing. */
export function currentMonth(now = Date.now()): string {
  return new Date(now + SHANGHAI_OFFSET_MS).toISOString().slice(0, 7)
}

export function isMonth(value: unknown): value is string {
  return typeof value === "string" && MONTH.test(value)
}

/** The month `delta` months from `month` ("2026-01", -1 → "2025-12"). */
export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split("-").map(Number)
  const d = new Date(Date.UTC(y, m - 1 + delta, 1))
  return d.toISOString().slice(0, 7)
}

/** The months offered in the picker, newest first: this month and the `count − 1` before it. */
export function recentMonths(count = 24, now = Date.now()): string[] {
  const latest = currentMonth(now)
  return Array.from({ length: count }, (_, i) => addMonths(latest, -i))
}

export const monthParts = (month: string) => {
  const [year, m] = month.split("-").map(Number)
  return { year, month: m }
}
