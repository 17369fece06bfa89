import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { z } from "zod"
import { parseInput } from "../../utils/parse-input"
import { ORDER_REVIEW_MODULE } from "../../../modules/order-review"
import type OrderReviewModuleService from "../../../modules/order-review/service"
import { reviewError } from "../../../modules/order-review/messages"

const Body = z.object({
  stages: z
    .array(z.object({ id: z.string().optional(), name: z.string().trim().min(1).max(40), user_ids: z.array(z.string()).max(100).default([]) }))
    .max(10),
})

const present = (s: any) => ({ id: s.id, name: s.name, rank: s.rank, user_ids: s.user_ids ?? [] })

async function list(req: AuthenticatedMedusaRequest) {
  const stages = await req.scope.resolve<OrderReviewModuleService>(ORDER_REVIEW_MODULE).listReviewStages({}, { order: { rank: "ASC" }, take: null })
  return stages.map(present)
}

/** GET /admin/review-stages: the ordered review stages (none: a single review by any staff). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ stages: await list(req) })
}

/**
 * POST /admin/review-stages: the whole ordered list at once. Open reviews keep
 * their position; a review beyond the new last stage is at the last one.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { stages } = parseInput(Body, req.body)
  const reviews = req.scope.resolve<OrderReviewModuleService>(ORDER_REVIEW_MODULE)
  const userIds = [...new Set(stages.flatMap((s) => s.user_ids))]
  if (userIds.length) {
    const users = await req.scope.resolve(Modules.USER).listUsers({ id: userIds })
    if (users.length !== userIds.length) throw reviewError("not_stage_reviewer", { stage: "?", field: "user_ids" }, "invalid_data")
  }
  const existing = await reviews.listReviewStages({}, { take: null })
  const kept = new Set(stages.map((s) => s.id).filter(Boolean))
  const removed = existing.filter((s) => !kept.has(s.id)).map((s) => s.id)
  if (removed.length) await reviews.deleteReviewStages(removed)
  for (const [rank, s] of stages.entries()) {
    if (s.id && existing.some((e) => e.id === s.id)) await reviews.updateReviewStages({ id: s.id, name: s.name, rank, user_ids: s.user_ids as any })
    else await reviews.createReviewStages({ name: s.name, rank, user_ids: s.user_ids as any })
  }
  // Re-point open reviews at the stage now at their position.
  const now = await reviews.listReviewStages({}, { order: { rank: "ASC" }, take: null })
  const open = await reviews.listOrderReviews({ status: ["pending", "changes_requested"] }, { take: null })
  const moves = open.map((r) => {
    const index = Math.min(r.stage_index, Math.max(now.length - 1, 0))
    return { id: r.id, stage_index: index, stage_id: now[index]?.id ?? null, stage_name: now[index]?.name ?? null }
  })
  if (moves.length) await reviews.updateOrderReviews(moves)
  res.json({ stages: await list(req) })
}
