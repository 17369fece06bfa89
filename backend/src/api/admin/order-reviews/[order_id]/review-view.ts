import type { MedusaContainer } from "@medusajs/framework/types"
import { DEALER_MODULE } from "../../../../modules/dealer"
import type DealerModuleService from "../../../../modules/dealer/service"
import { ORDER_REVIEW_MODULE } from "../../../../modules/order-review"
import type OrderReviewModuleService from "../../../../modules/order-review/service"
import { reviewError } from "../../../../modules/order-review/messages"
import { computeChecks } from "../../../../workflows/order-review/lib/review-checks"
import { loadOrder } from "../../../../workflows/order-review/lib/order-facts"
import { actorNames, pendingChange, queueRow } from "../present"

/** Everything the review panel shows, with the checks computed again now and whether this user may decide. */
export async function reviewView(container: MedusaContainer, orderId: string, userId: string) {
  const reviews = container.resolve<OrderReviewModuleService>(ORDER_REVIEW_MODULE)
  const [review] = await reviews.listOrderReviews({ order_id: orderId }, { relations: ["decisions"] })
  if (!review) throw reviewError("review_not_found", {}, "not_found")
  const order = await loadOrder(container, orderId)
  const [dealer] = review.dealer_id ? await container.resolve<DealerModuleService>(DEALER_MODULE).listDealers({ id: review.dealer_id }) : []
  const stages = await reviews.listReviewStages({}, { order: { rank: "ASC" }, take: null })
  const open = review.status === "pending"
  const checks = open && order ? await computeChecks(container, order, dealer ?? null) : review.checks
  const current = stages[review.stage_index]
  const reviewers = (current?.user_ids as string[] | null) ?? []
  const decisions = [...(review.decisions ?? [])].sort((a, b) => +new Date(a.created_at) - +new Date(b.created_at))
  const names = await actorNames(container, decisions)
  return {
    ...queueRow({ ...review, checks }, order, dealer ?? null),
    reason: review.reason,
    change_message: review.change_message,
    can_decide: open && (!current || !reviewers.length || reviewers.includes(userId)),
    stages: stages.map((s, i) => ({
      id: s.id,
      name: s.name,
      decided: review.status === "approved" ? !review.auto_approved : i < review.stage_index,
      current: open && i === review.stage_index,
    })),
    decisions: decisions.map((d) => ({
      id: d.id,
      action: d.action,
      stage_name: d.stage_name,
      actor_type: d.actor_type,
      actor_id: d.actor_id,
      actor_name: d.actor_id ? (names.get(d.actor_id) ?? null) : null,
      reason: d.reason,
      created_at: d.created_at,
    })),
    pending_change: order ? await pendingChange(container, order, review) : null,
  }
}
