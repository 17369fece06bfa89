import type { MedusaContainer } from "@medusajs/framework/types"
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
