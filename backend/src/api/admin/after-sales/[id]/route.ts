import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestLocale } from "../../../utils/locale"
import { loadCase, presentCases } from "../../../../workflows/after-sales/lib/load-cases"

/** GET /admin/after-sales/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ case: await adminCase(req) })
}

export async function adminCase(req: AuthenticatedMedusaRequest) {
  const [view] = await presentCases(req.scope, [await loadCase(req.scope, req.params.id)], requestLocale(req) === "en" ? "en" : "zh", true)
  return view
}
