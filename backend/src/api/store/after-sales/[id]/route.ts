import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestLocale } from "../../../utils/locale"
import { loadCase, presentCases } from "../../../../workflows/after-sales/lib/load-cases"
import { callerDealer } from "../../caller"

/** GET /store/after-sales/:id: one of the company's cases with its history. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { dealerId } = await callerDealer(req)
  const [view] = await presentCases(req.scope, [await loadCase(req.scope, req.params.id, dealerId)], requestLocale(req) === "en" ? "en" : "zh", false)
  res.json({ case: view })
}
