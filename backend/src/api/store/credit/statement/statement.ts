import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { z } from "zod"
import { parseInput } from "../../../utils/parse-input"
import { creditError } from "../../../../modules/credit/credit-error"
import { monthStatement } from "../../../../modules/credit/statement"
import { accountOf } from "../../../../workflows/credit/lib/account"
import { callerDealer } from "../../caller"
import { presentAccount, presentEntry } from "../present"

const shanghaiMonth = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7)

const Query = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "month must be YYYY-MM").optional() })

/** The caller's statement for a month; owners and finance members only. */
export async function statementFor(req: AuthenticatedMedusaRequest) {
  const { month = shanghaiMonth() } = parseInput(Query, req.query)
  const { dealerId, member } = await callerDealer(req)
  if (member.role === "buyer") throw creditError("statement_role", {}, "forbidden")
  const state = await accountOf(req.scope, dealerId)
  const s = monthStatement(state.entries as any, month)
  return {
    ...presentAccount(state),
    month,
    opening: s.opening,
    closing: s.closing,
    lines: s.lines.map((l: any) => ({ ...presentEntry(l), outstanding_after: l.outstanding_after, prepaid_after: l.prepaid_after })),
    company_name: member.dealer.company_name as string,
  }
}
