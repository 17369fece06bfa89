// Due dates count in Beijing calendar days (UTC+8, no daylight saving): a charge
// due "on the 26th" is due all of the 26th in Shanghai, whatever the server's TZ.
const DAY_MS = 86_400_000
const OFFSET_MS = 8 * 3600_000

const dayIndex = (at: number) => Math.floor((at + OFFSET_MS) / DAY_MS)

/** Whole Beijing days from today until `iso` (negative once past). */
export function daysUntil(iso: string, now = Date.now()): number {
  return dayIndex(new Date(iso).getTime()) - dayIndex(now)
}
