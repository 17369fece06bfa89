import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseInput } from "../../../../utils/parse-input"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { dealerError } from "../../../../../modules/dealer/messages"
import type { DealerAction } from "../../../../../modules/dealer/transitions"
import { transitionDealerWorkflow } from "../../../../../workflows/dealer/transition-dealer"
import { withDealerErrors } from "../../../../utils/dealer-errors"
import { DecisionBodies, type DecisionPath } from "../../validators"

const ACTIONS: Record<DecisionPath, DealerAction> = {
  approve: "approve",
  reject: "reject",
  "request-info": "request_info",
  suspend: "suspend",
  reinstate: "reinstate",
}

/** POST /admin/dealers/:id/{approve|reject|request-info|suspend|reinstate}: one staff decision. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const path = req.params.action as DecisionPath
  if (!(path in ACTIONS)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `POST /admin/dealers/:id/${path} does not exist`)
  }
  const input = parseInput(DecisionBodies[path], req.body)
  const body: Record<string, any> = input
  await withDealerErrors(req, res, async () => {
    let changes: Record<string, unknown> | undefined
    if (path === "approve") {
      const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "customer_group", fields: ["id"], filters: { id: body.customer_group_id } })
      if (!data.length) throw dealerError("tier_unknown")
      changes = {
        tier_group_id: body.customer_group_id,
        credit_limit: body.credit_limit,
        payment_terms_days: body.payment_terms_days,
      }
    }
    const { result: dealer } = await transitionDealerWorkflow(req.scope).run({
      input: {
        dealer_id: req.params.id,
        action: ACTIONS[path],
        actor_type: "staff",
        actor_id: req.auth_context.actor_id,
        note: body.reason ?? body.message ?? body.note ?? null,
        changes,
      },
    })
    const { license_file_id: _f, ...rest } = dealer as any
    res.json({ dealer: rest })
  })
}
