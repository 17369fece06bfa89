import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "zod"
import { parseInput } from "../../../../utils/parse-input"
import { recordCreditEntryWorkflow } from "../../../../../workflows/credit/record-credit-entry"
import { accountOf } from "../../../../../workflows/credit/lib/account"
import { presentAccount } from "../../../../store/credit/present"
import { dealerAccount } from "../dealer-account"
import { hasAtMostTwoDecimals } from "../../../../../modules/credit/money"

const reason = z.string().trim().min(1, "请填写原因 / a reason is required").max(500)
const cents = hasAtMostTwoDecimals

const Body = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("limit"),
    credit_limit: z.number().min(0).max(1e10).refine(cents, "at most two decimals"),
    payment_terms_days: z.number().int().min(0).max(365).optional(),
    reason,
  }),
  z.object({ kind: z.literal("debt"), amount: z.number().refine((v) => v !== 0 && cents(v), "non-zero, two decimals").refine((v) => Math.abs(v) <= 1e10), reason }),
])

/**
 * POST /admin/credit-accounts/:dealer_id/adjustments: change the limit and
 * terms (recorded as a limit_change entry) or correct the debt (signed).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseInput(Body, req.body)
  const { dealer, state } = await dealerAccount(req)
  const actor = { actor_type: "staff" as const, actor_id: req.auth_context.actor_id, note: body.reason }
  await recordCreditEntryWorkflow(req.scope).run({
    input:
      body.kind === "limit"
        ? {
            dealer_id: dealer.id,
            account_id: state.account.id,
            terms: { credit_limit: body.credit_limit, ...(body.payment_terms_days !== undefined ? { payment_terms_days: body.payment_terms_days } : {}) },
            entry: { ...actor, type: "limit_change", amount: body.credit_limit },
          }
        : { dealer_id: dealer.id, account_id: state.account.id, entry: { ...actor, type: "adjustment", amount: body.amount } },
  })
  res.status(201).json(presentAccount(await accountOf(req.scope, dealer.id)))
}
