import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { z } from "zod"
import { parseInput } from "../../utils/parse-input"
import { CREDIT_MODULE } from "../../../modules/credit"
import type CreditModuleService from "../../../modules/credit/service"
import { DEALER_MODULE } from "../../../modules/dealer"
import type DealerModuleService from "../../../modules/dealer/service"
import { presentSlip } from "../../store/credit/present"

const Query = z.object({
  status: z.enum(["pending", "confirmed", "rejected", "all"]).default("pending"),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})

/** GET /admin/payment-slips: finance's confirmation queue (oldest pending first). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = parseInput(Query, req.query)
  const credit = req.scope.resolve<CreditModuleService>(CREDIT_MODULE)
  const [slips, count] = await credit.listAndCountPaymentSlips(q.status === "all" ? {} : { status: q.status }, {
    order: { created_at: q.status === "pending" ? "ASC" : "DESC" },
    take: q.limit,
    skip: q.offset,
  })
  const dealers = await req.scope.resolve<DealerModuleService>(DEALER_MODULE).listDealers({ id: [...new Set(slips.map((s) => s.dealer_id))] })
  const orderIds = slips.map((s) => s.order_id).filter(Boolean) as string[]
  const { data: orders } = orderIds.length
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "display_id", "total"], filters: { id: orderIds } })
    : { data: [] as any[] }
  const dealerOf = new Map(dealers.map((d) => [d.id, d]))
  const orderOf = new Map<string, any>(orders.map((o: any) => [o.id, o] as [string, any]))
  res.json({
    slips: slips.map((s) => {
      const d = dealerOf.get(s.dealer_id)
      const o: any = s.order_id ? orderOf.get(s.order_id) : null
      return {
        ...presentSlip(s),
        dealer: d ? { id: d.id, company_name: d.company_name } : null,
        order: o ? { id: o.id, display_id: o.display_id, total: Number(o.total) } : null,
        file_url: `/admin/payment-slips/${s.id}/file`,
      }
    }),
    count,
    offset: q.offset,
    limit: q.limit,
  })
}
