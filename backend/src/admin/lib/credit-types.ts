import { DealerStatus } from "./types"

export const ENTRY_TYPES = [
  "hold",
  "release",
  "charge",
  "repayment",
  "refund",
  "adjustment",
  "limit_change",
  "topup",
  "prepaid_spend",
  "prepaid_refund",
] as const

export type EntryType = (typeof ENTRY_TYPES)[number]

/** Derived by the server from the ledger: available = limit − outstanding − held. */
export type CreditBalances = {
  credit_limit: number
  outstanding: number
  held: number
  available: number
  prepaid: number
}

export type CreditAccount = {
  id: string
  dealer_id: string
  currency_code: string
  credit_limit: number
  payment_terms_days: number
  status: "active" | "frozen"
}

export type CreditDealer = { id: string; company_name: string; status: DealerStatus }

export type CreditAccountRow = CreditAccount & {
  dealer: CreditDealer
  balances: CreditBalances
  overdue_amount: number
  /** Due date of the oldest overdue charge; null when nothing is overdue. */
  oldest_due_at: string | null
}

export type CreditAccountListResponse = {
  accounts: CreditAccountRow[]
  count: number
  pending_slips: number
}

/** A charge not yet fully repaid (repayments settle the oldest charges first). */
export type OpenItem = {
  order_id: string | null
  charged: number
  open: number
  due_at: string | null
  overdue: boolean
  charged_at: string | null
}

export type CreditEntry = {
  id: string
  type: EntryType
  amount: number
  order_id: string | null
  reference: string | null
  due_at: string | null
  actor_type: "staff" | "dealer" | "system"
  note: string | null
  created_at: string
}

export type CreditAccountDetail = {
  dealer: CreditDealer
  account: CreditAccount
  balances: CreditBalances
  open_items: OpenItem[]
  overdue_amount: number
  /** Newest first. */
  entries: CreditEntry[]
}

export type RepaymentInput = { amount: number; reference: string; paid_at?: string; note?: string }

export type AdjustmentInput =
  | { kind: "limit"; credit_limit: number; payment_terms_days?: number; reason: string }
  | { kind: "debt"; amount: number; reason: string }

export const SLIP_TABS = ["pending", "confirmed", "rejected", "all"] as const
export type SlipTab = (typeof SLIP_TABS)[number]
export type SlipStatus = Exclude<SlipTab, "all">

export type PaymentSlip = {
  id: string
  kind: "order_payment" | "topup"
  order_id: string | null
  amount: number
  reference_code: string
  payer_name: string | null
  file_name: string
  status: SlipStatus
  reason: string | null
  decided_at: string | null
  created_at: string
  dealer: { id: string; company_name: string } | null
  order: { id: string; display_id: number; total: number } | null
  file_url: string
}

export type SlipListResponse = { slips: PaymentSlip[]; count: number; limit: number; offset: number }

export type CreditSettings = {
  hold_orders_when_overdue: boolean
  bank: { account_name: string; bank_name: string; account_number: string }
}
