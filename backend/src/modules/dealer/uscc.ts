/**
 * Unified Social Credit Code (统一社会信用代码), GB 32100-2015: 18 characters
 * from a 31-symbol alphabet (digits and capitals without I, O, S, V, Z), six
 * digits of administrative region at positions 3-8, and a weighted check
 * character at the end.
 */
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
const SHAPE = new RegExp(`^[${ALPHABET}]{2}\\d{6}[${ALPHABET}]{10}$`)

export type UsccCheck =
  | { ok: true; code: string; checksumOk: boolean }
  | { ok: false; reason: "length" | "charset" | "region" }

export function normalizeUscc(input: string): string {
  return input.replace(/[\s-]/g, "").toUpperCase()
}

export function usccCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((acc, ch, i) => acc + ALPHABET.indexOf(ch) * WEIGHTS[i], 0)
  return ALPHABET[(31 - (sum % 31)) % 31]
}

/** Malformed codes are refused; a code that fails only the check character is accepted and flagged. */
export function checkUscc(input: string): UsccCheck {
  const code = normalizeUscc(input)
  if (code.length !== 18) return { ok: false, reason: "length" }
  if (![...code].every((ch) => ALPHABET.includes(ch))) return { ok: false, reason: "charset" }
  if (!SHAPE.test(code)) return { ok: false, reason: "region" }
  return { ok: true, code, checksumOk: usccCheckCharacter(code.slice(0, 17)) === code[17] }
}
