import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "zod"
import { parseInput } from "../../utils/parse-input"
import { CREDIT_MODULE } from "../../../modules/credit"
import type CreditModuleService from "../../../modules/credit/service"
import { DEALER_MODULE } from "../../../modules/dealer"
import type DealerModuleService from "../../../modules/dealer/service"
import { accountSummaries } from "../../../workflows/credit/lib/account"
import { presentAccount } from "../../store/credit/present"

const Query = z.object({
  overdue: z.enum(["true", "false"]).optional(),
  q: z.string().trim().max(60).optional(),
})

/** GET /admin/credit-accounts: every approved dealer's account with balances; `overdue=true` for the overdue list. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = parseInput(Query, req.query)
  const dealers = await req.scope
    .resolve<DealerModuleService>(DEALER_MODULE)
    .listDealers({ status: ["approved", "suspended"], ...(q.q ? { q: q.q } : {}) } as any, { take: 500, order: { company_name: "ASC" } })
  const rows: Record<string, unknown>[] = []
  const summaries = await accountSummaries(req.scope, dealers.map((d) => d.id))
  for (const d of dealers) {
    const s = summaries.get(d.id)!
    if (q.overdue === "true" && s.overdue_amount <= 0) continue
    rows.push({
      dealer: { id: d.id, company_name: d.company_name, status: d.status },
      ...presentAccount({ account: s.account, entries: [], balances: s.balances }).account,
      balances: s.balances,
      overdue_amount: s.overdue_amount,
      oldest_due_at: s.oldest_due_at,
    })
  }
  const pending = await req.scope.resolve<CreditModuleService>(CREDIT_MODULE).listPaymentSlips({ status: "pending" }, { take: null, select: ["id"] })
  res.json({ accounts: rows, count: rows.length, pending_slips: pending.length })
}
