import { LICENSE_ACCEPT, formatFileSize, licenseProblem } from "../apply/fields"

// The backend checks remittance slips exactly as it checks licences (JPG, PNG
// or PDF by content, ≤ 5 MB), so the same client-side hints apply.
export const SLIP_ACCEPT = LICENSE_ACCEPT
export const slipProblem = licenseProblem
export { formatFileSize }

/** A top-up amount as typed: positive, at most two decimals (the backend's rule). */
export function parseAmount(raw: unknown): number | null {
  const text = typeof raw === "string" ? raw.trim().replace(/[,，\s]/g, "") : ""
  if (!/^\d{1,10}(\.\d{1,2})?$/.test(text)) return null
  const value = Number(text)
  return value > 0 ? value : null
}
