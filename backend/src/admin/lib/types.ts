export const DEALER_STATUSES = [
  "pending",
  "info_requested",
  "approved",
  "rejected",
  "suspended",
] as const

export type DealerStatus = (typeof DEALER_STATUSES)[number]

export type Dealer = {
  id: string
  company_name: string
  uscc: string
  uscc_checksum_ok: boolean
  contact_name: string
  mobile: string
  email: string
  province: string
  city: string
  district: string
  address: string
  status: DealerStatus
  tier_group_id: string | null
  // bigNumber columns may arrive as strings; always go through Number() before formatting.
  credit_limit: number | string | null
  payment_terms_days: number | null
  review_note: string | null
  reviewed_by: string | null
  reviewed_at: string | null
  license_file_name: string
  license_mime: string
  created_at: string
  updated_at: string
}

export type DealerMember = {
  id: string
  role: "owner" | "buyer" | "finance"
  customer_id: string
  email: string | null
  first_name: string | null
  last_name: string | null
  phone: string | null
}

export type DealerEvent = {
  id: string
  action: string
  actor_type: "staff" | "dealer" | "system"
  actor_id: string | null
  actor_name: string | null
  note: string | null
  /** Details of some events, e.g. tier_changed: { from, to } tier names (when the API sends them). */
  data?: Record<string, unknown> | null
  created_at: string
}

export type DealerDetail = Dealer & {
  members: DealerMember[]
  events: DealerEvent[]
  tier: { id: string; name: string } | null
}

export type DealerListResponse = {
  dealers: Dealer[]
  count: number
  limit: number
  offset: number
}

export type DealerListParams = {
  status?: DealerStatus
  q?: string
  limit: number
  offset: number
}

export type ApprovePayload = {
  customer_group_id: string
  credit_limit: number
  payment_terms_days: number
  note?: string
}

/** Each review action and the body the API expects for it. */
export type DealerActionInput =
  | { action: "approve"; body: ApprovePayload }
  | { action: "reject"; body: { reason: string } }
  | { action: "request-info"; body: { message: string } }
  | { action: "suspend"; body: { reason: string } }
  | { action: "reinstate"; body: { note?: string } }

export type DealerActionName = DealerActionInput["action"]

export type CustomerGroup = { id: string; name: string }
