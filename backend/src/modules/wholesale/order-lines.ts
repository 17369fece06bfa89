import type { WholesaleCode } from "./messages"

export type OrderLine = { line: number; sku: string; quantity: number }
export type LineProblem = { line: number; sku: string; quantity: number | null; code: WholesaleCode }

export const MAX_ORDER_LINES = 500

const SEPARATOR = /[\s,，;；\t]+/

/** One pasted or uploaded row: SKU then quantity. A first row that reads like a header is skipped. */
function readRow(cells: unknown[], line: number, out: { lines: OrderLine[]; problems: LineProblem[] }) {
  const [rawSku, rawQty] = cells.map((c) => (c === null || c === undefined ? "" : String(c).trim()))
  if (!rawSku && !rawQty) return
  if (line === 1 && rawQty !== undefined && !/^\d/.test(rawQty) && /sku|编码|货号|code/i.test(rawSku)) return
  if (!rawSku) return out.problems.push({ line, sku: "", quantity: null, code: "bad_line" })
  const quantity = rawQty === undefined || rawQty === "" ? NaN : Number(rawQty)
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > 1_000_000) {
    return out.problems.push({ line, sku: rawSku, quantity: Number.isFinite(quantity) ? quantity : null, code: "bad_quantity" })
  }
  out.lines.push({ line, sku: rawSku, quantity })
}

/** Lines of "SKU quantity" (space, tab, comma or Chinese comma between), as pasted from anywhere. */
export function parseOrderText(text: string) {
  const out = { lines: [] as OrderLine[], problems: [] as LineProblem[] }
  text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((raw, i) => readRow(raw.trim() ? raw.trim().split(SEPARATOR) : [], i + 1, out))
  return out
}

/** Rows of a spreadsheet or CSV: first column SKU, second quantity. */
export function parseOrderRows(rows: unknown[][]) {
  const out = { lines: [] as OrderLine[], problems: [] as LineProblem[] }
  rows.forEach((cells, i) => readRow(cells, i + 1, out))
  return out
}
