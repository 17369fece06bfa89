import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendStatementPdf } from "../send-pdf"
import { statementFor } from "../statement"

/** GET /store/credit/statement/pdf?month=YYYY-MM: the caller's statement as an A4 PDF (owners and finance only, like the CSV). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendStatementPdf(req, res, await statementFor(req))
}
