import type { WholesaleCode } from "./messages"

export type OrderingRule = { min_quantity: number | null; multiple: number | null; max_quantity: number | null }

export type RuleProblem = { code: WholesaleCode; params: Record<string, string | number> }

/** The first rule a line quantity breaks, or null. Quantity 0 means "remove" and breaks nothing. */
export function checkQuantity(rule: OrderingRule | null | undefined, quantity: number): RuleProblem | null {
  if (!rule || quantity === 0) return null
  if (rule.min_quantity && quantity < rule.min_quantity) {
    return { code: "below_min_quantity", params: { min_quantity: rule.min_quantity } }
  }
  if (rule.multiple && rule.multiple > 1 && quantity % rule.multiple !== 0) {
    return { code: "not_multiple", params: { multiple: rule.multiple } }
  }
  if (rule.max_quantity && quantity > rule.max_quantity) {
    return { code: "above_max_quantity", params: { max_quantity: rule.max_quantity } }
  }
  return null
}

/** The smallest quantity that satisfies the rule: what a quantity input starts at. */
export function firstValidQuantity(rule: OrderingRule | null | undefined): number {
  const multiple = rule?.multiple && rule.multiple > 1 ? rule.multiple : 1
  const min = Math.max(rule?.min_quantity ?? 1, 1)
  return Math.ceil(min / multiple) * multiple
}

/** Rules a staff member can save: positive whole numbers, a maximum that some multiple can reach. */
export function ruleError(rule: OrderingRule): string | null {
  for (const key of ["min_quantity", "multiple", "max_quantity"] as const) {
    const v = rule[key]
    if (v !== null && (!Number.isInteger(v) || v < 1)) return key
  }
  if (rule.max_quantity !== null && rule.max_quantity < firstValidQuantity(rule)) return "max_quantity"
  return null
}
