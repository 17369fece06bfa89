import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadCase, sendCasePhoto } from "../../../../../../workflows/after-sales/lib/load-cases"
import { callerDealer } from "../../../../caller"

/** GET /store/after-sales/:id/photos/:file_id: a photo of the company's own case, from private storage. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { dealerId } = await callerDealer(req)
  await sendCasePhoto(req.scope, await loadCase(req.scope, req.params.id, dealerId), req.params.file_id, res)
}
