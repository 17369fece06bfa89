import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "zod"
import { parseInput } from "../../../../utils/parse-input"
import { recordCreditEntryWorkflow } from "../../../../../workflows/credit/record-credit-entry"
import { accountOf } from "../../../../../workflows/credit/lib/account"
import { presentAccount } from "../../../../store/credit/present"
import { dealerAccount } from "../dealer-account"
import { hasAtMostTwoDecimals } from "../../../../../modules/credit/money"

const money = z.number().positive().max(1e10).refine(hasAtMostTwoDecimals, "at most two decimals")

const Body = z.object({
  amount: money,
  currency_code: z.literal("cny").optional(),
  paid_at: z.string().date().optional(),
  reference: z.string().trim().min(1).max(80),
  note: z.string().trim().max(500).optional(),
})

/** POST /admin/credit-accounts/:dealer_id/repayments: money received against the dealer's debt. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseInput(Body, req.body)
  const { dealer, state } = await dealerAccount(req)
  await recordCreditEntryWorkflow(req.scope).run({
    input: {
      dealer_id: dealer.id,
      account_id: state.account.id,
      entry: {
        type: "repayment",
        amount: body.amount,
        reference: body.reference,
        actor_type: "staff",
        actor_id: req.auth_context.actor_id,
        note: [body.paid_at ? `到账日 ${body.paid_at}` : null, body.note].filter(Boolean).join("；") || null,
      },
    },
  })
  res.status(201).json(presentAccount(await accountOf(req.scope, dealer.id)))
}
