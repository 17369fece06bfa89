import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { DEALER_MODULE } from "../../../../../modules/dealer"
import type DealerModuleService from "../../../../../modules/dealer/service"
import { dealerError } from "../../../../../modules/dealer/messages"
import { withDealerErrors } from "../../../../utils/dealer-errors"

/** The business licence, read from private storage; only staff reach this route. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await withDealerErrors(req, res, async () => {
    const service = req.scope.resolve<DealerModuleService>(DEALER_MODULE)
    const [dealer] = await service.listDealers({ id: req.params.id })
    if (!dealer) throw dealerError("dealer_not_found")
    const buffer = await req.scope.resolve(Modules.FILE).getAsBuffer(dealer.license_file_id)
    res.setHeader("Content-Type", dealer.license_mime)
    res.setHeader("Content-Disposition", `inline; filename*=UTF-8''${encodeURIComponent(dealer.license_file_name)}`)
    res.setHeader("Cache-Control", "private, no-store")
    res.setHeader("X-Content-Type-Options", "nosniff")
    res.send(buffer)
  })
}
