import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CREDIT_MODULE } from "../../../../modules/credit"
import type CreditModuleService from "../../../../modules/credit/service"
import { callerDealer } from "../../caller"
import { presentSlip } from "../present"

/** GET /store/credit/slips: every slip the dealer sent (orders and top-ups), newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { dealerId } = await callerDealer(req)
  const slips = await req.scope.resolve<CreditModuleService>(CREDIT_MODULE).listPaymentSlips({ dealer_id: dealerId }, { order: { created_at: "DESC" }, take: 200 })
  res.json({ slips: slips.map(presentSlip) })
}
