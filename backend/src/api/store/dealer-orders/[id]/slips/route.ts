import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "zod"
import { parseInput } from "../../../../utils/parse-input"
import { CREDIT_MODULE } from "../../../../../modules/credit"
import type CreditModuleService from "../../../../../modules/credit/service"
import { creditError } from "../../../../../modules/credit/credit-error"
import { payableOrder } from "../../../../../workflows/credit/lib/order-payment"
import { callerDealer } from "../../../caller"
import { ownOrder } from "../../dealer-order"
import { storeSlipFile } from "../../../slip-upload"
import { presentSlip } from "../../../credit/present"

const Body = z.object({
  payer_name: z.string().trim().max(80).optional(),
  amount: z.coerce.number().positive().max(1e10).optional(),
})

/**
 * POST /store/dealer-orders/:id/slips (multipart, `file`): the remittance
 * slip of a bank transfer for an approved order; finance confirms it in the
 * admin. One pending slip per order; the amount is the order's total.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseInput(Body, req.body)
  const { dealerId, customerId } = await callerDealer(req)
  const { order, review } = await ownOrder(req.scope, dealerId, req.params.id)
  const { total } = await payableOrder(req.scope, order, review)
  if (body.amount !== undefined && Math.abs(body.amount - total) > 0.001) {
    throw creditError("slip_amount_mismatch", { amount: body.amount, total, field: "amount" }, "invalid_data")
  }
  const credit = req.scope.resolve<CreditModuleService>(CREDIT_MODULE)
  if ((await credit.listPaymentSlips({ order_id: order.id, status: "pending" })).length) throw creditError("slip_pending")
  const file = await storeSlipFile(req.scope, (req as any).file)
  const slip = await credit.createPaymentSlips({
    dealer_id: dealerId,
    kind: "order_payment",
    order_id: order.id,
    amount: total,
    reference_code: `DM${order.display_id}`,
    payer_name: body.payer_name ?? null,
    uploaded_by: customerId,
    ...file,
  })
  res.status(201).json({ slip: presentSlip(slip) })
}

/** GET /store/dealer-orders/:id/slips: the slips sent for this order and what finance decided. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { dealerId } = await callerDealer(req)
  const { order } = await ownOrder(req.scope, dealerId, req.params.id)
  const slips = await req.scope.resolve<CreditModuleService>(CREDIT_MODULE).listPaymentSlips({ order_id: order.id }, { order: { created_at: "DESC" } })
  res.json({ slips: slips.map(presentSlip) })
}
