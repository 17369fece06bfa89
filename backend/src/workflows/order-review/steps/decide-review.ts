import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_REVIEW_MODULE } from "../../../modules/order-review"
import type OrderReviewModuleService from "../../../modules/order-review/service"
import { reviewError } from "../../../modules/order-review/messages"

export type StaffDecision = "approve" | "reject" | "request_changes"
export type DecideInput = { order_id: string; action: StaffDecision; actor_id: string; reason?: string | null }

const STATUS_NAMES: Record<string, string> = {
  approved: "已通过",
  rejected: "已驳回",
  cancelled: "已取消",
  changes_requested: "待确认修改",
}

/**
 * One staff decision at the review's current stage. Only a pending review can
 * be decided, only by a reviewer of its stage; approving the last stage
 * approves the order. Compensation restores the review and drops the record.
 */
export const decideReviewStep = createStep(
  "decide-order-review",
  async (input: DecideInput, { container }) => {
    const reviews = container.resolve<OrderReviewModuleService>(ORDER_REVIEW_MODULE)
    const [review] = await reviews.listOrderReviews({ order_id: input.order_id })
    if (!review) throw reviewError("review_not_found", {}, "not_found")
    if (review.status !== "pending") throw reviewError("review_closed", { status: STATUS_NAMES[review.status] ?? review.status, status_en: review.status.replace("_", " ") })
    const stages = await reviews.listReviewStages({}, { order: { rank: "ASC" }, take: null })
    const stage = stages[review.stage_index] ?? null
    const allowed = (stage?.user_ids as string[] | null) ?? []
    if (stage && allowed.length && !allowed.includes(input.actor_id)) {
      throw reviewError("not_stage_reviewer", { stage: stage.name }, "forbidden")
    }
    if (input.action !== "approve" && !input.reason?.trim()) throw reviewError("reason_required", { field: "reason" }, "invalid_data")

    const previous = {
      id: review.id,
      status: review.status,
      stage_index: review.stage_index,
      stage_id: review.stage_id,
      stage_name: review.stage_name,
      reason: review.reason,
      change_message: review.change_message,
      decided_at: review.decided_at,
    }
    const next = stages[review.stage_index + 1] ?? null
    const update =
      input.action === "approve" && next
        ? { stage_index: review.stage_index + 1, stage_id: next.id, stage_name: next.name }
        : input.action === "approve"
          ? { status: "approved" as const, decided_at: new Date() }
          : input.action === "reject"
            ? { status: "rejected" as const, reason: input.reason!, decided_at: new Date() }
            : { status: "changes_requested" as const, change_message: input.reason! }
    const updated = await reviews.updateOrderReviews({ id: review.id, ...update })
    const decision = await reviews.createReviewDecisions({
      review_id: review.id,
      action: input.action,
      stage_id: stage?.id ?? null,
      stage_name: stage?.name ?? null,
      actor_type: "staff",
      actor_id: input.actor_id,
      reason: input.reason ?? null,
    })
    return new StepResponse({ review: updated, final: !("stage_index" in update) }, { previous, decision_id: decision.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const reviews = container.resolve<OrderReviewModuleService>(ORDER_REVIEW_MODULE)
    await reviews.deleteReviewDecisions(undo.decision_id)
    await reviews.updateOrderReviews(undo.previous as any)
  }
)
