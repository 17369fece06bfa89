// Parsing of what staff type into amount and quantity boxes. Amounts stay in major units (元) with at
// most fen precision; the server does the money arithmetic.

export type Parsed = { ok: true; value: number | null } | { ok: false }

/** "" → null (cleared); a non-negative (or, with `positive`, above-zero) amount with up to two decimals → the number. */
export function parseAmount(text: string, opts: { positive?: boolean } = {}): Parsed {
  const s = text.trim().replace(/[,，¥￥\s]/g, "")
  if (s === "") return { ok: true, value: null }
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return { ok: false }
  const n = Number(s)
  if (opts.positive && n <= 0) return { ok: false }
  return { ok: true, value: n }
}

/** "" → null; a whole number ≥ min → the number. */
export function parseCount(text: string, min = 0): Parsed {
  const s = text.trim().replace(/[,，\s]/g, "")
  if (s === "") return { ok: true, value: null }
  if (!/^\d+$/.test(s)) return { ok: false }
  const n = Number(s)
  return n >= min ? { ok: true, value: n } : { ok: false }
}

/** What an input box shows for a stored value (bigNumber strings included). */
export function toInputText(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === "") return ""
  const n = Number(value)
  return Number.isFinite(n) ? String(n) : String(value)
}
