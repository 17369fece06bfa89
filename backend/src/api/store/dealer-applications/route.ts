import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { submitDealerApplicationWorkflow } from "../../../workflows/dealer/submit-dealer-application"
import { dealerError } from "../../../modules/dealer/messages"
import { withDealerErrors } from "../../utils/dealer-errors"
import { sniffLicense } from "../../utils/license-file"
import { parseApplication } from "./validators"

/** A visitor with a fresh registration token applies to become a dealer (multipart, with the licence). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await withDealerErrors(req, res, async () => {
    if (!req.auth_context?.auth_identity_id) throw dealerError("not_registered")
    const application = parseApplication(req.body)
    const license = sniffLicense((req as any).file)
    const { result: dealer } = await submitDealerApplicationWorkflow(req.scope).run({
      input: {
        auth_identity_id: req.auth_context.auth_identity_id,
        customer_id: req.auth_context.actor_id || null,
        application: application as any,
        license,
      },
    })
    res.status(201).json({ dealer: publicDealer(dealer) })
  })
}

/** What a dealer may see of its own record: everything but internal file ids. */
export function publicDealer(dealer: Record<string, any>) {
  const { license_file_id: _file, members: _m, events: _e, raw_credit_limit: _r, deleted_at: _d, ...rest } = dealer
  return rest
}
