import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN } from "@medusajs/framework/utils"
import { heldFor } from "../../../modules/credit/balances"
import { accountOf } from "../lib/account"
import type { NewEntry } from "./append-entries"

/** An approved order to be paid on account sets its total aside, if the credit covers it and nothing is held yet. */
export const planHoldStep = createStep("plan-credit-hold", async (input: { dealer_id: string; order_id: string; total: number }, { container }) => {
  const { account, entries, balances } = await accountOf(container, input.dealer_id)
  const already = heldFor(entries as any, input.order_id) > 0 || entries.some((e) => e.order_id === input.order_id && e.type === "charge")
  const fits = MathBN.gte(balances.available, input.total) && account.status === "active"
  const out: NewEntry[] =
    already || !fits
      ? []
      : [{ type: "hold", amount: input.total, order_id: input.order_id, actor_type: "system", note: "审核通过，占用账期额度" }]
  return new StepResponse({ account_id: account.id, entries: out })
})
