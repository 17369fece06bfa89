import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_REVIEW_MODULE } from "../../../modules/order-review"
import type OrderReviewModuleService from "../../../modules/order-review/service"
import { matchingRule, type ReviewChecks } from "../../../modules/order-review/checks"

export type OpenReviewInput = {
  order_id: string
  dealer_id: string | null
  customer_id: string | null
  tier_group_id: string | null
  total: number
  checks: ReviewChecks
}

/**
 * Opens the review of a newly placed order at the first stage, or approves it
 * at once when an auto-approval rule fits. A second call for the same order
 * (the subscriber after the submit route) finds the review and does nothing.
 */
export const openReviewStep = createStep(
  "open-order-review",
  async (input: OpenReviewInput, { container }) => {
    const reviews = container.resolve<OrderReviewModuleService>(ORDER_REVIEW_MODULE)
    const [existing] = await reviews.listOrderReviews({ order_id: input.order_id })
    if (existing) return new StepResponse({ review: existing, created: false }, null)
    const [stages, rules] = await Promise.all([
      reviews.listReviewStages({}, { order: { rank: "ASC" }, take: null }),
      reviews.listReviewRules({ enabled: true }, { order: { created_at: "ASC" }, take: null }),
    ])
    const rule = matchingRule(
      rules.map((r) => ({ ...r, max_total: r.max_total == null ? null : Number(r.max_total) })),
      input
    )
    let review
    try {
      review = await reviews.createOrderReviews({
        order_id: input.order_id,
        dealer_id: input.dealer_id,
        status: rule ? "approved" : "pending",
        stage_index: 0,
        stage_id: rule ? null : (stages[0]?.id ?? null),
        stage_name: rule ? null : (stages[0]?.name ?? null),
        checks: input.checks as any,
        auto_approved: !!rule,
        decided_at: rule ? new Date() : null,
      })
    } catch (e) {
      // The unique index lost a race with the other path: that one opened it.
      const [raced] = await reviews.listOrderReviews({ order_id: input.order_id })
      if (raced) return new StepResponse({ review: raced, created: false }, null)
      throw e
    }
    await reviews.createReviewDecisions([
      { review_id: review.id, action: "submitted", actor_type: "dealer", actor_id: input.customer_id, stage_id: null, stage_name: null },
      ...(rule
        ? [{ review_id: review.id, action: "auto_approve" as const, actor_type: "system" as const, actor_id: rule.id, reason: rule.name, data: { rule_id: rule.id } }]
        : []),
    ])
    return new StepResponse({ review, created: true }, review.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<OrderReviewModuleService>(ORDER_REVIEW_MODULE).deleteOrderReviews(id)
  }
)
