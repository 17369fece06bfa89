import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestLocale } from "../../../../utils/locale"
import { decideAfterSalesWorkflow } from "../../../../../workflows/after-sales/decide-after-sales"
import { loadCase, presentCases } from "../../../../../workflows/after-sales/lib/load-cases"
import { callerDealer } from "../../../caller"

/** POST /store/after-sales/:id/cancel: the dealer withdraws a request staff have not handled yet. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { dealerId, customerId } = await callerDealer(req)
  await loadCase(req.scope, req.params.id, dealerId)
  await decideAfterSalesWorkflow(req.scope).run({
    input: { case_id: req.params.id, dealer_id: dealerId, from: ["requested"], to: "canceled", action: "canceled", actor_type: "dealer", actor_id: customerId },
  })
  const [view] = await presentCases(req.scope, [await loadCase(req.scope, req.params.id, dealerId)], requestLocale(req) === "en" ? "en" : "zh", false)
  res.json({ case: view })
}
