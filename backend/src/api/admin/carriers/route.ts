import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CARRIERS, presentCarrier } from "../../../modules/logistics/carriers"

/** GET /admin/carriers: carriers staff can ship with and their number formats. */
export async function GET(_req: MedusaRequest, res: MedusaResponse) {
  res.json({ carriers: CARRIERS.map(presentCarrier) })
}
