// The application form's fields, shared by the client form (hints) and the
// server action (checks before anything is registered). The backend decides.

export const TEXT_FIELDS = [
  "company_name",
  "uscc",
  "contact_name",
  "mobile",
  "email",
  "province",
  "city",
  "district",
  "address",
] as const
export type TextField = (typeof TEXT_FIELDS)[number]
export type ApplyField = TextField | "license" | "password" | "confirm"

export const LICENSE_MAX_BYTES = 5 * 1024 * 1024
export const LICENSE_EXTENSIONS = ["jpg", "jpeg", "png", "pdf"]
export const LICENSE_ACCEPT = ".jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf"
export const PASSWORD_MIN = 8

const MAX_LENGTH: Record<TextField, number> = {
  company_name: 120,
  uscc: 18,
  contact_name: 40,
  mobile: 16,
  email: 120,
  province: 30,
  city: 30,
  district: 30,
  address: 200,
}
export const maxLengthOf = (field: TextField) => MAX_LENGTH[field]

/** GB 32100-2015: digits and capitals without I, O, S, V, Z. */
const USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export const normalizeUscc = (raw: string) => raw.replace(/[\s-]/g, "").toUpperCase()

export type UsccHint = "length" | "charset" | "checksum" | null

/**
 * A hint only: a code that fails the check character is still accepted (some
 * early codes do) and flagged for the reviewer, so nothing here blocks submit.
 */
export function usccHint(raw: string): UsccHint {
  const code = normalizeUscc(raw)
  if (!code) return null
  if (![...code].every((ch) => USCC_ALPHABET.includes(ch))) return "charset"
  if (code.length !== 18) return "length"
  const sum = [...code.slice(0, 17)].reduce((acc, ch, i) => acc + USCC_ALPHABET.indexOf(ch) * USCC_WEIGHTS[i], 0)
  return USCC_ALPHABET[(31 - (sum % 31)) % 31] === code[17] ? null : "checksum"
}

export const fileExtension = (name: string) => (name.match(/\.([^.]+)$/)?.[1] ?? "").toLowerCase()

export type LicenseProblem = "missing" | "tooLarge" | "extension" | null

export function licenseProblem(file: { name: string; size: number } | null | undefined): LicenseProblem {
  if (!file || !file.size) return "missing"
  if (file.size > LICENSE_MAX_BYTES) return "tooLarge"
  if (!LICENSE_EXTENSIONS.includes(fileExtension(file.name))) return "extension"
  return null
}

/** "1.2 MB" / "340 KB": enough precision to compare with the 5 MB limit. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}
