import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "zod"
import { parseInput } from "../../utils/parse-input"
import { requestLocale } from "../../utils/locale"
import { photoFiles } from "../photo-files"
import { AFTER_SALES_MODULE } from "../../../modules/after-sales"
import type AfterSalesModuleService from "../../../modules/after-sales/service"
import { CASE_STATUSES } from "../../../modules/after-sales/models/after-sales-case"
import { requestAfterSalesWorkflow } from "../../../workflows/after-sales/request-after-sales"
import { loadCase, presentCases } from "../../../workflows/after-sales/lib/load-cases"
import { callerDealer } from "../caller"
import { ownOrder } from "../dealer-orders/dealer-order"

const Query = z.object({
  status: z.enum(CASE_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})

const Body = z.object({
  order_id: z.string().min(1),
  kind: z.enum(["return", "exchange", "repair"]),
  reason: z.string().trim().max(500).default(""),
  lines: z
    .array(z.object({ line_item_id: z.string().min(1), quantity: z.number().int().min(0).max(1_000_000), note: z.string().trim().max(500).optional().nullable(), photos: z.array(z.number().int()).max(9).optional() }))
    .min(1)
    .max(200),
})

const locale = (req: AuthenticatedMedusaRequest) => (requestLocale(req) === "en" ? "en" : "zh")

/** GET /store/after-sales: the company's cases, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = parseInput(Query, req.query)
  const { dealerId } = await callerDealer(req)
  const [cases, count] = await req.scope
    .resolve<AfterSalesModuleService>(AFTER_SALES_MODULE)
    .listAndCountAfterSalesCases({ dealer_id: dealerId, ...(q.status ? { status: q.status } : {}) }, { relations: ["events"], order: { created_at: "DESC" }, take: q.limit, skip: q.offset })
  res.json({ cases: await presentCases(req.scope, cases, locale(req), false), count, limit: q.limit, offset: q.offset })
}

/** `payload` is JSON text in a multipart form (with `photos`), or the JSON body itself. */
function readBody(body: any) {
  if (typeof body?.payload !== "string") return parseInput(Body, body)
  try {
    return parseInput(Body, JSON.parse(body.payload))
  } catch (e) {
    if (e instanceof MedusaError) throw e
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "payload: not valid JSON")
  }
}

/** POST /store/after-sales: ask for a return, exchange or repair of received goods. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = readBody(req.body)
  const { dealerId, customerId } = await callerDealer(req)
  const { order } = await ownOrder(req.scope, dealerId, body.order_id)
  const photos = photoFiles((req as any).files, `after-sales-${order.display_id}`)
  const { result } = await requestAfterSalesWorkflow(req.scope).run({
    input: { ...body, order_id: order.id, dealer_id: dealerId, actor_id: customerId, photos, photo_count: photos.length },
  })
  const [view] = await presentCases(req.scope, [await loadCase(req.scope, result.id, dealerId)], locale(req), false)
  res.status(201).json({ case: view })
}
