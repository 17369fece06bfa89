import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dealerAccount } from "./dealer-account"
import { presentAccount, presentEntry } from "../../../store/credit/present"

/** GET /admin/credit-accounts/:dealer_id: limit, terms, balances, open items and the whole ledger (newest first). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { dealer, state } = await dealerAccount(req)
  res.json({
    dealer: { id: dealer.id, company_name: dealer.company_name, status: dealer.status },
    ...presentAccount(state),
    entries: [...state.entries].reverse().map(presentEntry),
  })
}
