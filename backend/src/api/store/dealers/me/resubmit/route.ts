import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { DEALER_MODULE } from "../../../../../modules/dealer"
import type DealerModuleService from "../../../../../modules/dealer/service"
import { dealerError } from "../../../../../modules/dealer/messages"
import { transitionDealerWorkflow } from "../../../../../workflows/dealer/transition-dealer"
import { withDealerErrors } from "../../../../utils/dealer-errors"
import { sniffLicense } from "../../../../utils/license-file"
import { parseApplication } from "../../../dealer-applications/validators"
import { publicDealer } from "../../../dealer-applications/route"

/** After staff asked for more information, the owner corrects the application and sends it back. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await withDealerErrors(req, res, async () => {
    const service = req.scope.resolve<DealerModuleService>(DEALER_MODULE)
    const member = await service.retrieveMembership(req.auth_context.actor_id)
    if (!member) throw dealerError("no_dealer")
    if (member.role !== "owner") throw dealerError("owner_only")
    const changes: Record<string, unknown> = parseApplication(req.body, { partial: true })
    if (changes.uscc && changes.uscc !== member.dealer.uscc) {
      if ((await service.listDealers({ uscc: changes.uscc as string }, { take: 1 })).length) throw dealerError("uscc_taken")
    }
    const file = (req as any).file
    if (file) {
      const license = sniffLicense(file)
      const { result } = await uploadFilesWorkflow(req.scope).run({
        input: { files: [{ ...license, access: "private" }] },
      })
      Object.assign(changes, {
        license_file_id: result[0].id,
        license_file_name: license.filename,
        license_mime: license.mimeType,
      })
    }
    const { result: dealer } = await transitionDealerWorkflow(req.scope).run({
      input: {
        dealer_id: member.dealer.id,
        action: "resubmit",
        actor_type: "dealer",
        actor_id: req.auth_context.actor_id,
        note: typeof (req.body as any)?.note === "string" ? (req.body as any).note.slice(0, 500) : null,
        changes,
      },
    })
    res.json({ dealer: publicDealer(dealer) })
  })
}
