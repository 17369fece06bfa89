import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "zod"
import { parseInput } from "../../utils/parse-input"
import { CREDIT_MODULE } from "../../../modules/credit"
import type CreditModuleService from "../../../modules/credit/service"
import { DEALER_MODULE } from "../../../modules/dealer"
import type DealerModuleService from "../../../modules/dealer/service"
import { accountsOf } from "../../../workflows/credit/lib/account"
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
  const states = await accountsOf(req.scope, dealers.map((d) => d.id))
  for (const d of dealers) {
    const view = presentAccount(states.get(d.id)!)
    if (q.overdue === "true" && view.overdue_amount <= 0) continue
    const overdueItems = view.open_items.filter((i) => i.overdue)
    rows.push({
      dealer: { id: d.id, company_name: d.company_name, status: d.status },
      ...view.account,
      balances: view.balances,
      overdue_amount: view.overdue_amount,
      oldest_due_at: overdueItems[0]?.due_at ?? null,
    })
  }
  const pending = await req.scope.resolve<CreditModuleService>(CREDIT_MODULE).listPaymentSlips({ status: "pending" }, { take: null, select: ["id"] })
  res.json({ accounts: rows, count: rows.length, pending_slips: pending.length })
}
