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

/** The month asked for (?month=YYYY-MM, 400 otherwise), this Beijing month by default. */
export function statementMonth(query: unknown): string {
  return parseInput(Query, query).month ?? shanghaiMonth()
}

/** One month of an account's ledger as the dealer and staff read it. */
export function presentStatement(state: Awaited<ReturnType<typeof accountOf>>, month: string, companyName: string) {
  const s = monthStatement(state.entries as any, month)
  return {
    ...presentAccount(state),
    month,
    opening: s.opening,
    closing: s.closing,
    lines: s.lines.map((l: any) => ({ ...presentEntry(l), outstanding_after: l.outstanding_after, prepaid_after: l.prepaid_after })),
    company_name: companyName,
  }
}

export type PresentedStatement = ReturnType<typeof presentStatement>

/** The caller's statement for a month; owners and finance members only. */
export async function statementFor(req: AuthenticatedMedusaRequest) {
  const month = statementMonth(req.query)
  const { dealerId, member } = await callerDealer(req)
  if (member.role === "buyer") throw creditError("statement_role", {}, "forbidden")
  return presentStatement(await accountOf(req.scope, dealerId), month, member.dealer.company_name as string)
}
