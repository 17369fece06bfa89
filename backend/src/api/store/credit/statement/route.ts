import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { statementFor } from "./statement"

/** GET /store/credit/statement?month=YYYY-MM: 对账单 with running balances, open items and due dates. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ statement: await statementFor(req) })
}
