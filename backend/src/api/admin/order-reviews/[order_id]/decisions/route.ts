import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "zod"
import { parseInput } from "../../../../utils/parse-input"
import { decideOrderReviewWorkflow } from "../../../../../workflows/order-review/decide-order-review"
import { reviewView } from "../review-view"

const Body = z.object({
  action: z.enum(["approve", "reject", "request_changes"]),
  reason: z.string().trim().max(1000).optional(),
})

/** POST /admin/order-reviews/:order_id/decisions: approve (this stage), reject, or ask the dealer for changes. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseInput(Body, req.body)
  await decideOrderReviewWorkflow(req.scope).run({
    input: { order_id: req.params.order_id, action: body.action, actor_id: req.auth_context.actor_id, reason: body.reason ?? null },
  })
  res.json({ review: await reviewView(req.scope, req.params.order_id, req.auth_context.actor_id) })
}
