import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREDIT_MODULE } from "../../../modules/credit"
import type CreditModuleService from "../../../modules/credit/service"

/** Changes an account's limit and terms; compensation restores them. */
export const setCreditTermsStep = createStep(
  "set-credit-terms",
  async (input: { account_id: string; credit_limit?: number; payment_terms_days?: number }, { container }) => {
    const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
    const before = await credit.retrieveCreditAccount(input.account_id)
    const { account_id, ...changes } = input
    const updated = await credit.updateCreditAccounts({ id: account_id, ...changes })
    return new StepResponse(updated, { id: before.id, credit_limit: Number(before.credit_limit), payment_terms_days: before.payment_terms_days })
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<CreditModuleService>(CREDIT_MODULE).updateCreditAccounts(previous)
  }
)
