import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import crypto from "crypto"
import { z } from "zod"
import { parseInput } from "../../../utils/parse-input"
import { CREDIT_MODULE } from "../../../../modules/credit"
import type CreditModuleService from "../../../../modules/credit/service"
import { callerDealer } from "../../caller"
import { storeSlipFile } from "../../slip-upload"
import { presentSlip } from "../present"
import { hasAtMostTwoDecimals } from "../../../../modules/credit/money"

const Body = z.object({
  amount: z.coerce.number().positive().max(1e10).refine(hasAtMostTwoDecimals, "amount_invalid"),
  payer_name: z.string().trim().max(80).optional(),
})

/** POST /store/credit/topups (multipart, `file`, `amount`): a prepaid top-up by bank transfer, confirmed by finance. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseInput(Body, req.body)
  const { dealerId, customerId } = await callerDealer(req)
  const file = await storeSlipFile(req.scope, (req as any).file)
  const slip = await req.scope.resolve<CreditModuleService>(CREDIT_MODULE).createPaymentSlips({
    dealer_id: dealerId,
    kind: "topup",
    order_id: null,
    amount: body.amount,
    reference_code: `CZ${crypto.randomBytes(3).toString("hex").toUpperCase()}`,
    payer_name: body.payer_name ?? null,
    uploaded_by: customerId,
    ...file,
  })
  res.status(201).json({ slip: presentSlip(slip) })
}
