import type { TierPrice } from "./breaks"
import type { OrderingRule } from "./rules"

export const FIXED_COLUMNS = ["sku", "product", "variant", "base_price", "min_quantity", "multiple", "max_quantity"] as const
const BREAKS_SUFFIX = " breaks"

export type MatrixTier = { id: string; name: string }
export type MatrixRow = {
  variant_id: string
  sku: string | null
  product_title: string
  variant_title: string
  base_amount: number | null
  rules: OrderingRule
  prices: Record<string, TierPrice>
}

export type CsvRowInput = {
  line: number
  sku: string
  base_amount?: number | null
  rules: OrderingRule
  prices: Record<string, TierPrice>
}
export type CsvProblem = { line: number; sku: string; column: string; message: string }

export function matrixHeader(tiers: MatrixTier[]) {
  return [...FIXED_COLUMNS, ...tiers.flatMap((t) => [t.name, t.name + BREAKS_SUFFIX])]
}

const formatBreaks = (p?: TierPrice) => (p?.breaks ?? []).map((b) => `${b.min_quantity}:${b.amount}`).join(";")

export function matrixToCsvRows(tiers: MatrixTier[], rows: MatrixRow[]): unknown[][] {
  return [
    matrixHeader(tiers),
    ...rows.map((r) => [
      r.sku,
      r.product_title,
      r.variant_title,
      r.base_amount,
      r.rules.min_quantity,
      r.rules.multiple,
      r.rules.max_quantity,
      ...tiers.flatMap((t) => [r.prices[t.id]?.amount ?? "", formatBreaks(r.prices[t.id])]),
    ]),
  ]
}

/** Number cells: empty is null, anything else must be a plain number (a thousands comma is forgiven). */
function cellNumber(raw: string): number | null | undefined {
  const s = raw.trim().replace(/[,，¥￥\s]/g, "")
  if (s === "") return null
  return /^\d+(\.\d{1,2})?$/.test(s) ? Number(s) : undefined
}

function cellBreaks(raw: string): TierPrice["breaks"] | undefined {
  const s = raw.trim()
  if (!s) return []
  const out: TierPrice["breaks"] = []
  for (const part of s.split(/[;；]/).map((p) => p.trim()).filter(Boolean)) {
    const m = /^(\d+)\s*[:：]\s*(\d+(?:\.\d{1,2})?)$/.exec(part)
    if (!m) return undefined
    out.push({ min_quantity: Number(m[1]), amount: Number(m[2]) })
  }
  return out
}

/**
 * Reads matrix CSV rows against the current tiers. Returns every readable row
 * and every problem of form (bad numbers, missing columns); the caller checks
 * meaning (unknown SKUs, rule and break logic).
 */
export function readMatrixCsv(table: string[][], tiers: MatrixTier[]): { rows: CsvRowInput[]; problems: CsvProblem[] } {
  const problems: CsvProblem[] = []
  const [header, ...body] = table
  const col = new Map((header ?? []).map((h, i) => [h.trim(), i]))
  const missing = ["sku", ...tiers.map((t) => t.name)].find((c) => !col.has(c))
  if (!header || missing) {
    return { rows: [], problems: [{ line: 1, sku: "", column: missing ?? "sku", message: "missing_column" }] }
  }
  const rows: CsvRowInput[] = []
  body.forEach((cells, i) => {
    const line = i + 2
    const get = (name: string) => (col.has(name) ? (cells[col.get(name)!] ?? "") : "")
    const sku = get("sku").trim()
    const bad = (column: string, message = "not_a_number") => problems.push({ line, sku, column, message })
    if (!sku) return bad("sku", "required")
    const num = (name: string) => {
      const v = cellNumber(get(name))
      if (v === undefined) bad(name)
      return v ?? null
    }
    const base = col.has("base_price") ? num("base_price") : undefined
    const rules: OrderingRule = { min_quantity: num("min_quantity"), multiple: num("multiple"), max_quantity: num("max_quantity") }
    const prices: Record<string, TierPrice> = {}
    for (const t of tiers) {
      const amount = num(t.name)
      const breaks = cellBreaks(get(t.name + BREAKS_SUFFIX))
      if (breaks === undefined) bad(t.name + BREAKS_SUFFIX, "bad_breaks")
      prices[t.id] = { amount, breaks: breaks ?? [] }
    }
    rows.push({ line, sku, base_amount: base, rules, prices })
  })
  return { rows, problems }
}
