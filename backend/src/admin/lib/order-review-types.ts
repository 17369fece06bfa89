// Shapes of the order review admin API (docs/order-review-api.md, "Admin").
// bigNumber amounts may arrive as strings; always go through Number() before formatting.
import { Amount } from "./wholesale-types"

/** The dealer-facing order status (one derivation on the server; we only translate the code). */
export const DEALER_ORDER_STATUSES = [
  "submitted",
  "in_review",
  "changes_requested",
  "rejected",
  "awaiting_payment",
  "paid",
  "processing",
  "partially_shipped",
  "shipped",
  "delivered",
  "received",
  "completed",
  "cancelled",
] as const
export type DealerOrderStatus = (typeof DEALER_ORDER_STATUSES)[number]

export const REVIEW_STATUSES = ["pending", "changes_requested", "approved", "rejected", "cancelled"] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

/** The queue's status tabs, in display order; "all" sends no filter. */
export const REVIEW_TABS = ["pending", "changes_requested", "approved", "rejected", "all"] as const
export type ReviewTab = (typeof REVIEW_TABS)[number]

export const CHECK_KEYS = ["info", "stock", "credit", "prices", "rules"] as const
export type CheckKey = (typeof CHECK_KEYS)[number]

export type CheckLevel = "ok" | "warn" | "fail"

export type ReviewCheck = {
  ok: boolean
  level: CheckLevel
  message: string
  details?: unknown
}

export type ReviewChecks = Partial<Record<CheckKey, ReviewCheck>>

export type ReviewListItem = {
  order_id: string
  display_id: number | string | null
  dealer: { id: string; company_name: string } | null
  total: Amount
  currency_code: string
  /** null when the order could not be loaded. */
  status: DealerOrderStatus | string | null
  review_status: ReviewStatus | string
  stage: { id: string; name: string } | null
  checks: ReviewChecks
  failed_checks?: string[] | number
  submitted_at: string
  age_hours: number
  auto_approved: boolean
}

export type ReviewListResponse = { reviews: ReviewListItem[]; count: number; offset?: number; limit?: number }

export type ReviewListParams = {
  /** Always sent: the API lists pending reviews when no status is given. */
  status: ReviewStatus | "all"
  stage_id?: string
  q?: string
  min_age_hours?: number
  offset: number
  limit: number
}

export const REVIEW_ACTIONS = [
  "submitted",
  "approve",
  "reject",
  "request_changes",
  "auto_approve",
  "changes_confirmed",
  "changes_declined",
  "cancelled",
] as const

export type ReviewDecision = {
  id: string
  action: string
  stage_name: string | null
  actor_type: "staff" | "dealer" | "system" | string
  actor_id: string | null
  actor_name: string | null
  reason: string | null
  created_at: string
}

export type ReviewStageProgress = { id: string; name: string; decided: boolean; current: boolean }

export type PendingChange = {
  id: string
  created_at: string
  message: string | null
  old_total: Amount
  new_total: Amount
  lines: { title: string; sku: string | null; old_quantity: number; new_quantity: number; unit_price: Amount }[]
}

export type ReviewDetail = ReviewListItem & {
  decisions: ReviewDecision[]
  stages: ReviewStageProgress[]
  can_decide: boolean
  change_message: string | null
  reason?: string | null
  pending_change: PendingChange | null
}

export type DecisionAction = "approve" | "reject" | "request_changes"

export type ReviewStage = { id: string; name: string; rank: number; user_ids: string[] | null }

export type ReviewStageInput = { id?: string; name: string; user_ids: string[] }

export type ReviewRule = {
  id: string
  name: string
  enabled: boolean
  max_total: Amount | null
  tier_group_id: string | null
  require_all_checks: boolean
}

export type ReviewRuleInput = {
  name: string
  enabled: boolean
  max_total: number | null
  tier_group_id: string | null
  require_all_checks: boolean
}

export type StaffUser = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
}
