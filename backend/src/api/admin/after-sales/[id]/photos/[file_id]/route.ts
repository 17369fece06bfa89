import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadCase, sendCasePhoto } from "../../../../../../workflows/after-sales/lib/load-cases"

/** GET /admin/after-sales/:id/photos/:file_id: a case photo from private storage, for staff. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendCasePhoto(req.scope, await loadCase(req.scope, req.params.id), req.params.file_id, res)
}
