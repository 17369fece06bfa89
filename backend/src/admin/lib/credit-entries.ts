import { CreditEntry, EntryType } from "./credit-types"

/** Which running balance an entry moves (mirrors backend/src/modules/credit/balances.ts `effect`). */
export type EntryBalance = "outstanding" | "held" | "prepaid" | "limit"

/**
 * How the ledger shows an entry: the balance it moves, its signed amount and a tone.
 * Red adds to what the dealer owes, green is money in (repaid, refunded, topped up); holds only
 * set credit aside and stay grey.
 */
export type EntryTone = "debt" | "money-in" | "neutral" | "muted"

const BALANCE: Record<EntryType, EntryBalance> = {
  hold: "held",
  release: "held",
  charge: "outstanding",
  adjustment: "outstanding",
  repayment: "outstanding",
  refund: "outstanding",
  topup: "prepaid",
  prepaid_refund: "prepaid",
  prepaid_spend: "prepaid",
  limit_change: "limit",
}

export function entryBalance(type: EntryType): EntryBalance {
  return BALANCE[type] ?? "outstanding"
}

/** The entry's effect on its balance, signed; null for a limit change (its amount is the new limit). */
export function signedAmount(e: Pick<CreditEntry, "type" | "amount">): number | null {
  const amount = Number(e.amount)
  switch (e.type) {
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

export function entryTone(e: Pick<CreditEntry, "type" | "amount">): EntryTone {
  switch (e.type) {
    case "charge":
      return "debt"
    case "adjustment":
      return Number(e.amount) > 0 ? "debt" : "money-in"
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

export const TONE_CLASS: Record<EntryTone, string> = {
  debt: "text-ui-tag-red-text",
  "money-in": "text-ui-tag-green-text",
  neutral: "text-ui-fg-base",
  muted: "text-ui-fg-muted",
}

/** Ledger filter groups offered above the table. */
export const ENTRY_GROUPS = {
  debt: ["charge", "repayment", "refund", "adjustment"],
  prepaid: ["topup", "prepaid_spend", "prepaid_refund"],
  held: ["hold", "release"],
  limit: ["limit_change"],
} satisfies Record<string, EntryType[]>

export type EntryGroup = keyof typeof ENTRY_GROUPS
