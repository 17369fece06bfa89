import { model } from "@medusajs/framework/utils"
import { OrderReview } from "./order-review"

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
export type ReviewAction = (typeof REVIEW_ACTIONS)[number]

/** One step in an order's review history: who did what, at which stage, and why. */
export const ReviewDecision = model.define("order_review_decision", {
  id: model.id({ prefix: "orevd" }).primaryKey(),
  action: model.enum([...REVIEW_ACTIONS]),
  stage_id: model.text().nullable(),
  stage_name: model.text().nullable(),
  actor_type: model.enum(["staff", "dealer", "system"]),
  actor_id: model.text().nullable(),
  reason: model.text().nullable(),
  data: model.json().nullable(),
  review: model.belongsTo(() => OrderReview, { mappedBy: "decisions" }),
})
