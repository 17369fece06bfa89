import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "zod"
import { parseInput } from "../../../utils/parse-input"
import { WAREHOUSE_STAGES, warehouseQueue } from "../../../../workflows/logistics/lib/warehouse-queue"
import { presentShipments, localeOf } from "../../../../workflows/logistics/lib/order-shipments"
import { requestLocale } from "../../../utils/locale"

const Query = z.object({
  stage: z.enum(WAREHOUSE_STAGES).default("to_pick"),
  q: z.string().trim().max(60).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})

/** GET /admin/warehouse/orders: the warehouse queue by stage (待拣货 / 待打包 / 待发货 / 已发货). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = parseInput(Query, req.query)
  const needle = q.q?.replace(/^#/, "").toLowerCase()
  const rows = (await warehouseQueue(req.scope, undefined, { open: q.stage !== "shipped" }))
    .filter((r) => r.stage === q.stage)
    .filter((r) => !needle || String(r.display_id) === needle || r.dealer?.company_name.toLowerCase().includes(needle))
  const page = rows.slice(q.offset, q.offset + q.limit)
  const shipments = await presentShipments(req.scope, { order_id: page.map((r) => r.id) }, localeOf(requestLocale(req)))
  const orders = page.map(({ lines, ...r }) => ({ ...r, shipments: shipments.filter((s) => s.order_id === r.id) }))
  res.json({ orders, count: rows.length, limit: q.limit, offset: q.offset })
}
