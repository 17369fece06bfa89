import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CREDIT_MODULE } from "../../../modules/credit"
import type CreditModuleService from "../../../modules/credit/service"
import { balances } from "../../../modules/credit/balances"
import { DEALER_MODULE } from "../../../modules/dealer"
import type DealerModuleService from "../../../modules/dealer/service"

/**
 * A dealer's credit account with its whole ledger and derived balances. The
 * first read creates the account from the terms the dealer was approved on.
 */
export async function accountOf(container: MedusaContainer, dealerId: string) {
  const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
  let [account] = await credit.listCreditAccounts({ dealer_id: dealerId })
  if (!account) {
    const [dealer] = await container.resolve<DealerModuleService>(DEALER_MODULE).listDealers({ id: dealerId })
    try {
      account = await credit.createCreditAccounts({
        dealer_id: dealerId,
        credit_limit: Number(dealer?.credit_limit ?? 0),
        payment_terms_days: dealer?.payment_terms_days ?? 0,
      })
    } catch {
      // Another request created it first.
      ;[account] = await credit.listCreditAccounts({ dealer_id: dealerId })
    }
  }
  const entries = await credit.listCreditEntries({ account_id: account.id }, { order: { created_at: "ASC" }, take: null })
  return { account, entries, balances: balances(account.credit_limit, entries as any) }
}

/**
 * Many dealers' balances at once, for the staff overview: summed in SQL by the same
 * effects as `balances`, and the overdue part found by settling the oldest charges first
 * (a charge is still open by min(amount, max(charges so far − all credits, 0))), as
 * `openItems` does. Reading every ledger row into Node made the list take seconds.
 * Dealers without an account yet get one through accountOf.
 */
export async function accountSummaries(container: MedusaContainer, dealerIds: string[], now = new Date()) {
  const out = new Map<string, { account: any; balances: ReturnType<typeof balances>; overdue_amount: number; oldest_due_at: string | null }>()
  if (!dealerIds.length) return out
  const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
  const accounts = await credit.listCreditAccounts({ dealer_id: dealerIds }, { take: null })
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `WITH e AS (
       SELECT account_id, id, amount, due_at, created_at,
              CASE WHEN type IN ('charge', 'adjustment') THEN amount WHEN type IN ('repayment', 'refund') THEN -amount ELSE 0 END AS d_out,
              CASE WHEN type = 'hold' THEN amount WHEN type = 'release' THEN -amount ELSE 0 END AS d_held,
              CASE WHEN type IN ('topup', 'prepaid_refund') THEN amount WHEN type = 'prepaid_spend' THEN -amount ELSE 0 END AS d_pre
         FROM credit_entry WHERE account_id = ANY(?) AND deleted_at IS NULL),
     totals AS (
       SELECT account_id, sum(d_out) AS outstanding, sum(d_held) AS held, sum(d_pre) AS prepaid,
              sum(CASE WHEN d_out < 0 THEN -d_out ELSE 0 END) AS credits
         FROM e GROUP BY account_id),
     charges AS (
       SELECT account_id, id, due_at, created_at, d_out AS amount,
              sum(d_out) OVER (PARTITION BY account_id ORDER BY created_at, id) AS running
         FROM e WHERE d_out > 0),
     overdue AS (
       SELECT c.account_id, c.due_at, c.created_at, c.id, LEAST(c.amount, GREATEST(c.running - t.credits, 0)) AS open
         FROM charges c JOIN totals t USING (account_id)
        WHERE c.due_at IS NOT NULL AND c.due_at < ?)
     SELECT t.account_id, t.outstanding, t.held, t.prepaid,
            (SELECT coalesce(sum(o.open), 0) FROM overdue o WHERE o.account_id = t.account_id AND o.open > 0) AS overdue_amount,
            (SELECT o.due_at FROM overdue o WHERE o.account_id = t.account_id AND o.open > 0 ORDER BY o.created_at, o.id LIMIT 1) AS oldest_due_at
       FROM totals t`,
    [accounts.map((a) => a.id), now]
  )
  const sums = new Map(rows.map((r: any) => [r.account_id, r]))
  for (const account of accounts) {
    const r: any = sums.get(account.id)
    const limit = Number(account.credit_limit)
    const [outstanding, held, prepaid] = [r?.outstanding, r?.held, r?.prepaid].map((v) => Number(v ?? 0))
    out.set(account.dealer_id, {
      account,
      balances: { credit_limit: limit, outstanding, held, available: Math.round((limit - outstanding - held) * 100) / 100, prepaid },
      overdue_amount: Math.round(Number(r?.overdue_amount ?? 0) * 100) / 100,
      oldest_due_at: r?.oldest_due_at ? new Date(r.oldest_due_at).toISOString() : null,
    })
  }
  for (const id of dealerIds.filter((d) => !out.has(d))) {
    const state = await accountOf(container, id)
    out.set(id, { account: state.account, balances: state.balances, overdue_amount: 0, oldest_due_at: null })
  }
  return out
}
