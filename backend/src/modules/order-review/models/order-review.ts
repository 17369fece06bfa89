import { model } from "@medusajs/framework/utils"
import { ReviewDecision } from "./review-decision"

export const REVIEW_STATUSES = ["pending", "approved", "rejected", "changes_requested", "cancelled"] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

/** The review of one submitted order: where it stands, at which stage, and the checks computed at submission. */
export const OrderReview = model
  .define("order_review", {
    id: model.id({ prefix: "orev" }).primaryKey(),
    order_id: model.text(),
    dealer_id: model.text().nullable(),
    status: model.enum([...REVIEW_STATUSES]).default("pending"),
    // Position in the ordered stage list; the stage's name is copied so history survives renames.
    stage_index: model.number().default(0),
    stage_id: model.text().nullable(),
    stage_name: model.text().nullable(),
    checks: model.json().nullable(),
    auto_approved: model.boolean().default(false),
    reason: model.text().nullable(),
    change_message: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    decisions: model.hasMany(() => ReviewDecision, { mappedBy: "review" }),
  })
  .indexes([
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["status", "created_at"] },
    { on: ["dealer_id"] },
  ])
