// Shapes of the credit and payment routes (docs/credit-api.md). Amounts are
// major units (元) as the backend sends them; times are UTC ISO strings.

export type PaymentMethod = "on_account" | "prepaid" | "bank_transfer" | "card"

/** What GET /store/dealer-orders/:id adds under `payment`. */
export type OrderPayment = {
  method: "on_account" | "prepaid" | "bank_transfer" | "card" | null
  paid_at: string | null
  due_at: string | null
  can_pay: boolean
  pending_slip: boolean
  last_rejected_reason: string | null
}

export type Balances = { credit_limit: number; outstanding: number; held: number; available: number; prepaid: number }

export type OpenItem = { order_id: string | null; charged: number; open: number; due_at: string | null; overdue: boolean; charged_at: string | null }

export type BankDetails = { account_name: string | null; bank_name: string | null; account_number: string | null }

export type CreditAccount = {
  credit_limit: number | null
  payment_terms_days: number
  status: string
  currency_code: string
}

/** GET /store/credit. */
export type CreditView = {
  account: CreditAccount
  balances: Balances
  open_items: OpenItem[]
  overdue_amount: number
  methods: PaymentMethod[]
  bank: BankDetails | null
}

export type SlipStatus = "pending" | "confirmed" | "rejected"

export type Slip = {
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
}

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

export type StatementLine = {
  id: string
  type: string
  amount: number
  order_id: string | null
  reference: string | null
  due_at: string | null
  note: string | null
  created_at: string
  outstanding_after: number
  prepaid_after: number
}

/** GET /store/credit/statement?month=YYYY-MM. */
export type Statement = Omit<CreditView, "methods" | "bank"> & {
  month: string
  opening: { outstanding: number; prepaid: number }
  closing: { outstanding: number; prepaid: number }
  lines: StatementLine[]
  company_name: string
}
