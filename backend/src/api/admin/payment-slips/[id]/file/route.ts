import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { CREDIT_MODULE } from "../../../../../modules/credit"
import type CreditModuleService from "../../../../../modules/credit/service"
import { creditError } from "../../../../../modules/credit/credit-error"

/** GET /admin/payment-slips/:id/file: the slip image or PDF from private storage, for staff only. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [slip] = await req.scope.resolve<CreditModuleService>(CREDIT_MODULE).listPaymentSlips({ id: req.params.id })
  if (!slip) throw creditError("slip_not_found", {}, "not_found")
  const buffer = await req.scope.resolve(Modules.FILE).getAsBuffer(slip.file_id)
  res.setHeader("Content-Type", slip.file_mime)
  res.setHeader("Content-Disposition", `inline; filename*=UTF-8''${encodeURIComponent(slip.file_name)}`)
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.send(buffer)
}
