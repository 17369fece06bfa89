import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseInput } from "../../utils/parse-input"
import { DEALER_MODULE } from "../../../modules/dealer"
import type DealerModuleService from "../../../modules/dealer/service"
import { ListDealersQuery } from "./validators"

/** The review queue: filter by status, search by name, USCC, phone or e-mail; newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const input = parseInput(ListDealersQuery, req.query)
  const { status, q, limit, offset } = input
  const service = req.scope.resolve<DealerModuleService>(DEALER_MODULE)
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (q) {
    const like = `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`
    filters.$or = ["company_name", "uscc", "mobile", "email"].map((f) => ({ [f]: { $ilike: like } }))
  }
  const [dealers, count] = await service.listAndCountDealers(filters, {
    take: limit,
    skip: offset,
    order: { created_at: "DESC" },
  })
  res.json({ dealers: dealers.map(({ license_file_id: _f, ...d }: any) => d), count, limit, offset })
}
