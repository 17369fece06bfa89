import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { DEALER_MODULE } from "../../../../modules/dealer"
import type DealerModuleService from "../../../../modules/dealer/service"
import { creditError } from "../../../../modules/credit/credit-error"
import { accountOf } from "../../../../workflows/credit/lib/account"

/** The dealer named in the path and its credit account (created from its approval terms on first use). */
export async function dealerAccount(req: AuthenticatedMedusaRequest) {
  const [dealer] = await req.scope.resolve<DealerModuleService>(DEALER_MODULE).listDealers({ id: req.params.dealer_id })
  if (!dealer) throw creditError("account_not_found", {}, "not_found")
  return { dealer, state: await accountOf(req.scope, dealer.id) }
}
