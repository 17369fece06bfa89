export type CheckLevel = "ok" | "warn" | "fail"
export type Check = { ok: boolean; level: CheckLevel; message: string; details?: Record<string, unknown> }
export type ReviewChecks = { info: Check; stock: Check; credit: Check; prices: Check; rules: Check }

export const check = (level: CheckLevel, message: string, details?: Record<string, unknown>): Check => ({
  ok: level === "ok",
  level,
  message,
  ...(details ? { details } : {}),
})

export const failedChecks = (checks: ReviewChecks | null | undefined) =>
  checks ? (Object.entries(checks) as [keyof ReviewChecks, Check][]).filter(([, c]) => !c.ok).map(([k]) => k) : []

export type AutoRule = {
  id: string
  name: string
  enabled: boolean
  max_total: number | null
  tier_group_id: string | null
  require_all_checks: boolean
}

/** The first enabled auto-approval rule an order fits, or null. */
export function matchingRule(
  rules: AutoRule[],
  order: { total: number; tier_group_id: string | null; checks: ReviewChecks }
): AutoRule | null {
  return (
    rules.find(
      (r) =>
        r.enabled &&
        (!r.require_all_checks || failedChecks(order.checks).length === 0) &&
        (r.max_total === null || order.total <= r.max_total) &&
        (!r.tier_group_id || r.tier_group_id === order.tier_group_id)
    ) ?? null
  )
}
