import { parseAmount, parseCount, toInputText } from "./numbers"
import { MatrixError, MatrixRow, MatrixRowUpdate, PriceBreak } from "./wholesale-types"

// The price matrix is edited as text, cell by cell, across pages; one save sends every changed row.
// A cell's value is what its input shows; a tier's quantity breaks are kept in the CSV form "50:90;100:85".

export const RULE_KEYS = ["min_quantity", "multiple", "max_quantity"] as const
export type RuleKey = (typeof RULE_KEYS)[number]

export const amountKey = (tierId: string) => `tier:${tierId}`
export const breaksKey = (tierId: string) => `breaks:${tierId}`

export type CellValues = Record<string, string>

export type RowDraft = {
  variant_id: string
  sku: string | null
  label: string
  original: CellValues
  values: CellValues
}

/** Cell → message; the key is a cell key ("base", a rule key, amountKey(tier), breaksKey(tier)) or "row". */
export type RowErrors = Record<string, string>

export type BreakRow = { min_quantity: number; amount: number }

export function formatBreaks(breaks: { min_quantity: number | string; amount: number | string }[]): string {
  return [...breaks]
    .map((b) => ({ q: Number(b.min_quantity), a: Number(b.amount) }))
    .sort((x, y) => x.q - y.q)
    .map((b) => `${b.q}:${b.a}`)
    .join(";")
}

export function parseBreaks(text: string): BreakRow[] {
  if (!text.trim()) return []
  return text.split(";").map((part) => {
    const [q, a] = part.split(":")
    return { min_quantity: Number(q), amount: Number(a) }
  })
}

export function rowLabel(row: Pick<MatrixRow, "product_title" | "variant_title">): string {
  return row.variant_title ? `${row.product_title} · ${row.variant_title}` : row.product_title
}

export function rowValues(row: MatrixRow, tierIds: string[]): CellValues {
  const v: CellValues = {
    base: toInputText(row.base_amount),
    min_quantity: toInputText(row.rules?.min_quantity),
    multiple: toInputText(row.rules?.multiple),
    max_quantity: toInputText(row.rules?.max_quantity),
  }
  for (const id of tierIds) {
    const p = row.prices?.[id]
    v[amountKey(id)] = toInputText(p?.amount)
    v[breaksKey(id)] = formatBreaks((p?.breaks ?? []) as PriceBreak[])
  }
  return v
}

export function changedKeys(d: RowDraft): string[] {
  return Object.keys(d.values).filter((k) => d.values[k] !== d.original[k])
}

export function isDirty(d: RowDraft): boolean {
  return changedKeys(d).length > 0
}

type Messages = {
  amount: string
  count: string
  baseRequired: string
  maxBelowMin: string
}

/** Checks one draft and turns it into the API's row; errors are keyed by cell. */
export function buildUpdate(
  d: RowDraft,
  tierIds: string[],
  m: Messages
): { update?: MatrixRowUpdate; errors: RowErrors } {
  const errors: RowErrors = {}
  const changed = new Set(changedKeys(d))
  if (changed.size === 0) return { errors }
  const update: MatrixRowUpdate = { variant_id: d.variant_id }

  if (changed.has("base")) {
    const p = parseAmount(d.values.base, { positive: true })
    if (!p.ok) errors.base = m.amount
    else if (p.value === null) errors.base = m.baseRequired
    else update.base_amount = p.value
  }

  if (RULE_KEYS.some((k) => changed.has(k))) {
    const rules: Record<RuleKey, number | null> = { min_quantity: null, multiple: null, max_quantity: null }
    for (const k of RULE_KEYS) {
      const p = parseCount(d.values[k], 1)
      if (!p.ok) errors[k] = m.count
      else rules[k] = p.value
    }
    if (!errors.max_quantity && rules.max_quantity !== null && rules.min_quantity !== null && rules.max_quantity < rules.min_quantity)
      errors.max_quantity = m.maxBelowMin
    update.rules = rules
  }

  for (const id of tierIds) {
    if (!changed.has(amountKey(id)) && !changed.has(breaksKey(id))) continue
    const p = parseAmount(d.values[amountKey(id)] ?? "", { positive: true })
    if (!p.ok) {
      errors[amountKey(id)] = m.amount
      continue
    }
    update.prices = update.prices ?? {}
    update.prices[id] = { amount: p.value, breaks: parseBreaks(d.values[breaksKey(id)] ?? "") }
  }

  return { update, errors }
}

/** Which cell an API error belongs to, from its `field` ("base_amount", "rules.max_quantity", "prices.<tier>.breaks.0.amount", …). */
export function fieldToCell(field: string | undefined, tierIds: string[]): string {
  if (!field) return "row"
  const tier = tierIds.find((id) => field.includes(id))
  if (tier) return field.includes("breaks") ? breaksKey(tier) : amountKey(tier)
  if (field.includes("base")) return "base"
  if (field.includes("max_quantity")) return "max_quantity"
  if (field.includes("multiple")) return "multiple"
  if (field.includes("min_quantity")) return "min_quantity"
  return "row"
}

/** Spreads a 400 matrix_invalid answer over the rows that were sent. */
export function mapServerErrors(
  errors: MatrixError[],
  sent: MatrixRowUpdate[],
  tierIds: string[]
): Record<string, RowErrors> {
  const out: Record<string, RowErrors> = {}
  for (const e of errors) {
    // `row` indexes the rows sent; trust variant_id first.
    const variantId = e.variant_id ?? sent[e.row]?.variant_id
    if (!variantId) continue
    const cell = fieldToCell(e.field, tierIds)
    const row = (out[variantId] = out[variantId] ?? {})
    row[cell] = row[cell] ? `${row[cell]}；${e.message}` : e.message
  }
  return out
}
