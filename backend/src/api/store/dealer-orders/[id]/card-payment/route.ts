import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "zod"
import { parseInput } from "../../../../utils/parse-input"
import { creditError } from "../../../../../modules/credit/credit-error"
import { onlineMethod } from "../../../../../modules/card-payment/online-methods"
import { cardPayable } from "../../../../../workflows/card-payment/lib/card-payable"
import { startCardPaymentWorkflow } from "../../../../../workflows/card-payment/start-card-payment"
import { callerDealer } from "../../../caller"
import { ownOrder } from "../../dealer-order"

const Body = z.object({}).strict()

/**
 * POST /store/dealer-orders/:id/card-payment: the Stripe payment intent for an
 * approved, unpaid order (the same one again on a repeat call), whose
 * client_secret the storefront confirms with Stripe Elements. Paid once
 * Stripe's webhook reports it.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  parseInput(Body, req.body)
  const { dealerId } = await callerDealer(req)
  const { order, review } = await ownOrder(req.scope, dealerId, req.params.id)
  const method = onlineMethod("card")
  if (!method) throw creditError("payment_method_unavailable")
  const due = await cardPayable(req.scope, order, review)
  const { result: session } = await startCardPaymentWorkflow(req.scope).run({
    input: { ...due, order_id: order.id, display_id: order.display_id, provider_id: method.provider_id, payment_method_types: method.payment_method_types },
  })
  const data = (session.data ?? {}) as Record<string, unknown>
  res.json({
    card_payment: {
      session_id: session.id,
      client_secret: data.client_secret,
      amount: Number(session.amount),
      currency_code: session.currency_code,
    },
  })
}
