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
  const reviews = req.scope.resolve<OrderReviewModuleService>(ORDER_REVIEW_MODULE)
  // The default view pages in SQL; a status or a search is decided per order (payment and
  // fulfilment facts), so those read the newest WINDOW orders and page after filtering.
  const filtered = Boolean(q.status || q.q)
  const [page, total] = filtered
    ? [await reviews.listOrderReviews({ dealer_id: dealerId }, { order: { created_at: "DESC" }, take: WINDOW }), null]
    : await reviews.listAndCountOrderReviews({ dealer_id: dealerId }, { order: { created_at: "DESC" }, skip: q.offset, take: q.limit })
  const rows = filterRows(await summaries(req, page, filtered), q)
  res.json({
    orders: (filtered ? rows.slice(q.offset, q.offset + q.limit) : rows).map((r) => r.summary),
    count: total ?? rows.length,
    offset: q.offset,
    limit: q.limit,
  })
}

async function summaries(req: AuthenticatedMedusaRequest, reviews: any[], withAllItems: boolean) {
  if (!reviews.length) return []
  const reviewOf = new Map(reviews.map((r) => [r.order_id, r]))
  const { data: orders } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "display_id", "status", "created_at", "total", "metadata", "items.product_title", "items.variant_title", ...(withAllItems ? ["items.variant_sku"] : []), ...STATUS_FIELDS],
    filters: { id: reviews.map((r) => r.order_id) },
  })
  return orders
    .map(withStatusFacts)
    .map((o: any) => ({ order: o, summary: orderSummary(o, reviewOf.get(o.id) ?? null) }))
    .sort((a, b) => +new Date(b.order.created_at) - +new Date(a.order.created_at))
}

function filterRows(rows: Awaited<ReturnType<typeof summaries>>, q: z.infer<typeof Query>) {
  const needle = q.q?.toLowerCase()
  return rows
    .filter(({ summary }) => !q.status || summary.status === q.status)
    .filter(
      ({ order, summary }) =>
        !needle ||
        String(summary.display_id) === needle.replace(/^#/, "") ||
        String(summary.po_number ?? "").toLowerCase().includes(needle) ||
        (order.items ?? []).some((i: any) => String(i.variant_sku ?? "").toLowerCase().includes(needle) || String(i.product_title ?? "").toLowerCase().includes(needle))
    )
}
