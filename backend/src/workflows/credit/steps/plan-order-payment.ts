import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN } from "@medusajs/framework/utils"
import { heldFor } from "../../../modules/credit/balances"
import { creditError } from "../../../modules/credit/credit-error"
import { accountOf } from "../lib/account"
import type { NewEntry } from "./append-entries"

export type PlanPaymentInput = {
  dealer_id: string
  order_id: string
  total: number
  method: "on_account" | "prepaid"
  customer_id: string
}

/**
 * Decides, under the account's lock, the entries that pay an order: on
 * account, the order's hold is released and the total charged, due after the
 * terms, if available credit (plus that hold) covers it; from the prepaid
 * balance, if the balance covers it. Otherwise a 409 and nothing written.
 */
export const planOrderPaymentStep = createStep("plan-order-payment", async (input: PlanPaymentInput, { container }) => {
  const { account, entries, balances } = await accountOf(container, input.dealer_id)
  const actor = { actor_type: "dealer" as const, actor_id: input.customer_id, order_id: input.order_id }
  const out: NewEntry[] = []
  if (input.method === "on_account") {
    const held = heldFor(entries as any, input.order_id)
    const usable = MathBN.add(balances.available, held).toNumber()
    if (account.status !== "active" || MathBN.convert(account.credit_limit as any).toNumber() <= 0) {
      throw creditError("payment_method_unavailable")
    }
    if (MathBN.lt(usable, input.total)) throw creditError("credit_insufficient", { available: usable, total: input.total })
    if (held > 0) out.push({ ...actor, type: "release", amount: held, note: "账期支付，释放占用额度" })
    const due = new Date(Date.now() + account.payment_terms_days * 86_400_000)
    out.push({ ...actor, type: "charge", amount: input.total, due_at: due, note: `账期 ${account.payment_terms_days} 天` })
  } else {
    if (MathBN.lt(balances.prepaid, input.total)) throw creditError("prepaid_insufficient", { prepaid: balances.prepaid, total: input.total })
    out.push({ ...actor, type: "prepaid_spend", amount: input.total, note: "预存款支付" })
  }
  return new StepResponse({ account_id: account.id, entries: out })
})
