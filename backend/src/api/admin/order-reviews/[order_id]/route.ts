import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewView } from "./review-view"

/** GET /admin/order-reviews/:order_id: the review panel of one order. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ review: await reviewView(req.scope, req.params.order_id, req.auth_context.actor_id) })
}
