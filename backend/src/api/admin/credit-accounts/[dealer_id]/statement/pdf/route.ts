import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dealerAccount } from "../../dealer-account"
import { sendStatementPdf } from "../../../../../store/credit/statement/send-pdf"
import { presentStatement, statementMonth } from "../../../../../store/credit/statement/statement"

/** GET /admin/credit-accounts/:dealer_id/statement/pdf?month=YYYY-MM: the same PDF the dealer downloads, for staff. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const month = statementMonth(req.query)
  const { dealer, state } = await dealerAccount(req)
  await sendStatementPdf(req, res, presentStatement(state, month, dealer.company_name))
}
