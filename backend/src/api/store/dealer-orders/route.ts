import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { z } from "zod"
import { parseInput } from "../../utils/parse-input"
import { ORDER_REVIEW_MODULE } from "../../../modules/order-review"
import type OrderReviewModuleService from "../../../modules/order-review/service"
import { DEALER_ORDER_STATUSES } from "../../../modules/order-review/dealer-status"
import { callerDealer } from "../caller"
import { orderSummary } from "./present"
import { STATUS_FIELDS, withStatusFacts } from "../../../workflows/order-review/lib/order-status-facts"

const Query = z.object({
  status: z.enum(DEALER_ORDER_STATUSES).optional(),
  q: z.string().trim().max(60).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})

// The newest orders a dealer can page through here; older ones are for statements and reports.
const WINDOW = 1000

/** GET /store/dealer-orders: the dealer's orders (all members'), newest first, by status and search. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = parseInput(Query, req.query)
  const { dealerId } = await callerDealer(req)
  const reviews = await req.scope
    .resolve<OrderReviewModuleService>(ORDER_REVIEW_MODULE)
    .listOrderReviews({ dealer_id: dealerId }, { order: { created_at: "DESC" }, take: WINDOW })
  const reviewOf = new Map(reviews.map((r) => [r.order_id, r]))
  const { data: orders } = reviews.length
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: ["id", "display_id", "status", "created_at", "total", "metadata", "items.product_title", "items.variant_title", "items.variant_sku", ...STATUS_FIELDS],
        filters: { id: reviews.map((r) => r.order_id) },
      })
    : { data: [] as any[] }
  const needle = q.q?.toLowerCase()
  const rows = orders
    .map(withStatusFacts)
    .map((o: any) => ({ order: o, summary: orderSummary(o, reviewOf.get(o.id) ?? null) }))
    .filter(({ summary }) => !q.status || summary.status === q.status)
    .filter(
      ({ order, summary }) =>
        !needle ||
        String(summary.display_id) === needle.replace(/^#/, "") ||
        String(summary.po_number ?? "").toLowerCase().includes(needle) ||
        (order.items ?? []).some((i: any) => String(i.variant_sku ?? "").toLowerCase().includes(needle) || String(i.product_title ?? "").toLowerCase().includes(needle))
    )
    .sort((a, b) => +new Date(b.order.created_at) - +new Date(a.order.created_at))
  res.json({ orders: rows.slice(q.offset, q.offset + q.limit).map((r) => r.summary), count: rows.length, offset: q.offset, limit: q.limit })
}
