import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { z } from "zod"
import { parseInput } from "../../utils/parse-input"
import { REVIEW_STATUSES } from "../../../modules/order-review/models/order-review"
import { loadQueueOrders, queueRow } from "./present"

const Query = z.object({
  status: z.enum([...REVIEW_STATUSES, "all"]).default("pending"),
  stage_id: z.string().optional(),
  dealer_id: z.string().optional(),
  q: z.string().trim().max(60).optional(),
  min_age_hours: z.coerce.number().min(0).max(10000).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})

/** GET /admin/order-reviews: the review queue, oldest waiting first for open reviews, newest first otherwise. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = parseInput(Query, req.query)
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const base = knex("order_review as r")
    .leftJoin("dealer as d", "d.id", "r.dealer_id")
    .leftJoin("order as o", "o.id", "r.order_id")
    .whereNull("r.deleted_at")
  if (q.status !== "all") base.where("r.status", q.status)
  if (q.stage_id) base.where("r.stage_id", q.stage_id)
  if (q.dealer_id) base.where("r.dealer_id", q.dealer_id)
  if (q.min_age_hours) base.where("r.created_at", "<=", new Date(Date.now() - q.min_age_hours * 3_600_000))
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, (c) => "\\" + c)}%`
    base.andWhere((b: any) => {
      b.whereILike("d.company_name", like)
      if (/^#?\d+$/.test(q.q!)) b.orWhere("o.display_id", Number(q.q!.replace("#", "")))
    })
  }
  const [{ count }] = await base.clone().count("* as count")
  const rows = await base
    .clone()
    .select("r.*", "d.id as dealer_ref", "d.company_name")
    .orderBy("r.created_at", q.status === "pending" || q.status === "changes_requested" ? "asc" : "desc")
    .offset(q.offset)
    .limit(q.limit)
  const orders = await loadQueueOrders(req.scope, rows.map((r: any) => r.order_id))
  res.json({
    reviews: rows.map((r: any) =>
      queueRow(r, orders.get(r.order_id), r.dealer_ref ? { id: r.dealer_ref, company_name: r.company_name } : null)
    ),
    count: Number(count),
    offset: q.offset,
    limit: q.limit,
  })
}
