import { ENTRY_TYPES, type EntryType } from "./types"

export const isEntryType = (t: unknown): t is EntryType => (ENTRY_TYPES as readonly unknown[]).includes(t)

/**
 * An entry's effect on the balance it moves, signed (mirrors the backend's
 * credit/balances.ts `effect`): + adds to what is owed or to the prepaid
 * balance, − takes from it. Null for a limit change, whose amount is the new limit.
 */
export function signedAmount(type: string, amount: number): number | null {
  switch (type) {
    case "hold":
    case "charge":
    case "topup":
    case "prepaid_refund":
    case "adjustment": // stored signed
      return amount
    case "release":
    case "repayment":
    case "refund":
    case "prepaid_spend":
      return -amount
    default:
      return null
  }
}

/**
 * Red adds to the debt, green is money in (repaid, refunded, topped up);
 * holds only set credit aside and stay grey.
 */
export function entryTone(type: string, amount: number): "debt" | "money-in" | "muted" | "neutral" {
  switch (type) {
    case "charge":
      return "debt"
    case "adjustment":
      return amount > 0 ? "debt" : "money-in"
    case "repayment":
    case "refund":
    case "topup":
    case "prepaid_refund":
      return "money-in"
    case "hold":
    case "release":
      return "muted"
    default:
      return "neutral"
  }
}

export const TONE_CLASS = {
  debt: "text-red-700",
  "money-in": "text-green-700",
  muted: "text-gray-500",
  neutral: "text-gray-900",
} as const
