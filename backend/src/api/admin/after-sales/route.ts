import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { z } from "zod"
import { parseInput } from "../../utils/parse-input"
import { requestLocale } from "../../utils/locale"
import { AFTER_SALES_MODULE } from "../../../modules/after-sales"
import type AfterSalesModuleService from "../../../modules/after-sales/service"
import { CASE_KINDS, CASE_STATUSES } from "../../../modules/after-sales/models/after-sales-case"
import { DEALER_MODULE } from "../../../modules/dealer"
import type DealerModuleService from "../../../modules/dealer/service"
import { presentCases } from "../../../workflows/after-sales/lib/load-cases"

const Query = z.object({
  status: z.enum(CASE_STATUSES).optional(),
  kind: z.enum(CASE_KINDS).optional(),
  q: z.string().trim().max(60).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})

/** The orders or dealers a search names: an order number, or part of a company name. */
async function searchFilter(req: AuthenticatedMedusaRequest, q: string) {
  const n = Number(q.replace(/^#/, ""))
  if (Number.isInteger(n) && n > 0) {
    const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id"], filters: { display_id: n } as any })
    return { order_id: data.map((o: any) => o.id) }
  }
  const dealers = await req.scope.resolve<DealerModuleService>(DEALER_MODULE).listDealers({ q } as any, { take: 200, select: ["id"] })
  return { dealer_id: dealers.map((d) => d.id) }
}

/** GET /admin/after-sales: the after-sales queue, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = parseInput(Query, req.query)
  const filter: Record<string, unknown> = { ...(q.status ? { status: q.status } : {}), ...(q.kind ? { kind: q.kind } : {}), ...(q.q ? await searchFilter(req, q.q) : {}) }
  const [cases, count] = await req.scope
    .resolve<AfterSalesModuleService>(AFTER_SALES_MODULE)
    .listAndCountAfterSalesCases(filter, { relations: ["events"], order: { created_at: "DESC" }, take: q.limit, skip: q.offset })
  res.json({ cases: await presentCases(req.scope, cases, requestLocale(req) === "en" ? "en" : "zh", true), count, limit: q.limit, offset: q.offset })
}
