import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { accountOf } from "../../../workflows/credit/lib/account"
import { callerDealer } from "../caller"
import { presentAccount } from "./present"
import { creditSettings } from "./settings"
import { onlineMethods } from "../../../modules/card-payment/online-methods"

/** GET /store/credit: the dealer's balances, the payment methods it may use and where to transfer money. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { dealerId } = await callerDealer(req)
  const [state, { settings }] = await Promise.all([accountOf(req.scope, dealerId), creditSettings(req.scope)])
  const view = presentAccount(state)
  const methods = [
    ...(view.account.status === "active" && (view.account.credit_limit ?? 0) > 0 ? ["on_account"] : []),
    "bank_transfer",
    "prepaid",
    ...onlineMethods().map((m) => m.method),
  ]
  res.json({ ...view, methods, bank: settings.bank })
}
