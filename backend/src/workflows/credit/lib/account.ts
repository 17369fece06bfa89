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
 * Many dealers' accounts at once, for staff lists: one query for the accounts and one
 * plain SQL read of their ledgers (a lookup per dealer made the list cost two queries
 * per dealer). Dealers without an account yet get one through accountOf.
 */
export async function accountsOf(container: MedusaContainer, dealerIds: string[]) {
  if (!dealerIds.length) return new Map<string, Awaited<ReturnType<typeof accountOf>>>()
  const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
  const accounts = await credit.listCreditAccounts({ dealer_id: dealerIds }, { take: null })
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `SELECT id, account_id, type, amount, order_id, due_at, created_at FROM credit_entry
      WHERE account_id = ANY(?) AND deleted_at IS NULL ORDER BY created_at ASC, id ASC`,
    [accounts.map((a) => a.id)]
  )
  const entriesOf = new Map<string, any[]>()
  for (const e of rows) entriesOf.set(e.account_id, [...(entriesOf.get(e.account_id) ?? []), e])
  const out = new Map<string, Awaited<ReturnType<typeof accountOf>>>()
  for (const account of accounts) {
    const entries = entriesOf.get(account.id) ?? []
    out.set(account.dealer_id, { account, entries: entries as any, balances: balances(account.credit_limit, entries) })
  }
  for (const id of dealerIds.filter((d) => !out.has(d))) out.set(id, await accountOf(container, id))
  return out
}
