import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { z } from "zod"
import { parseInput } from "../../utils/parse-input"
import { requestLocale } from "../../utils/locale"
import { LOGISTICS_MODULE } from "../../../modules/logistics"
import type LogisticsModuleService from "../../../modules/logistics/service"
import { SHIPMENT_STATES } from "../../../modules/logistics/states"
import { localeOf, presentShipments } from "../../../workflows/logistics/lib/order-shipments"
import { DEALER_MODULE } from "../../../modules/dealer"
import type DealerModuleService from "../../../modules/dealer/service"

const Query = z.object({
  state: z.enum(SHIPMENT_STATES).optional(),
  carrier_code: z.string().max(40).optional(),
  order_id: z.string().max(60).optional(),
  q: z.string().trim().max(60).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})

/** GET /admin/shipments: packages on their way or delivered, newest first, with their order and dealer. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = parseInput(Query, req.query)
  const filter: Record<string, unknown> = {}
  if (q.state) filter.state = q.state
  if (q.carrier_code) filter.carrier_code = q.carrier_code
  if (q.order_id) filter.order_id = q.order_id
  if (q.q) filter.tracking_number = { $ilike: `%${q.q.toUpperCase()}%` }
  const logistics = req.scope.resolve<LogisticsModuleService>(LOGISTICS_MODULE)
  const [page, count] = await logistics.listAndCountShipments(filter, { order: { shipped_at: "DESC" }, take: q.limit, skip: q.offset, select: ["id", "order_id", "dealer_id"] })
  const ids = page.map((s) => s.id)
  const orderIds = [...new Set(page.map((s) => s.order_id))]
  const { data: orders } = orderIds.length
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderIds } })
    : { data: [] as any[] }
  const displayIds = Object.fromEntries(orders.map((o: any) => [o.id, o.display_id]))
  const dealerIds = [...new Set(page.map((s) => s.dealer_id).filter(Boolean))] as string[]
  const dealers = dealerIds.length ? await req.scope.resolve<DealerModuleService>(DEALER_MODULE).listDealers({ id: dealerIds }, { take: null }) : []
  const names = new Map(dealers.map((d) => [d.id, d.company_name]))
  const presented = ids.length ? await presentShipments(req.scope, { id: ids }, localeOf(requestLocale(req)), displayIds) : []
  const byId = new Map(presented.map((s) => [s.id, s]))
  const shipments = ids.map((id) => byId.get(id)!).map((s) => ({ ...s, dealer: s.dealer_id ? { id: s.dealer_id, company_name: names.get(s.dealer_id) ?? null } : null }))
  res.json({ shipments, count, limit: q.limit, offset: q.offset })
}
