import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pickListView } from "../../../../../../workflows/logistics/lib/pick-list-view"

/** GET /admin/warehouse/orders/:id/pick-list: what to take from which location. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await pickListView(req.scope, req.params.id))
}
