import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN } from "@medusajs/framework/utils"
import { heldFor } from "../../../modules/credit/balances"
import { accountOf } from "../lib/account"
import type { NewEntry } from "./append-entries"

/**
 * What the ledger owes back when an order is cancelled: its remaining hold is
 * released, an on-account charge is refunded (the debt shrinks) and a prepaid
 * spend goes back to the balance, each only for what was not refunded yet.
 */
export const planOrderSettlementStep = createStep(
  "plan-order-settlement",
  async (input: { dealer_id: string; order_id: string; actor_id?: string | null; refund_amount?: number | null; release_note?: string | null }, { container }) => {
    const { account, entries } = await accountOf(container, input.dealer_id)
    const of = (t: string) =>
      entries.filter((e) => e.order_id === input.order_id && e.type === t).reduce((s, e) => MathBN.add(s, e.amount as any), MathBN.convert(0))
    const out: NewEntry[] = []
    const base = { order_id: input.order_id, actor_type: "system" as const, actor_id: input.actor_id ?? null }
    const held = heldFor(entries as any, input.order_id)
    if (held > 0) out.push({ ...base, type: "release", amount: held, note: input.release_note ?? "订单取消，释放占用额度" })
    const charged = MathBN.sub(of("charge"), of("refund"))
    const spent = MathBN.sub(of("prepaid_spend"), of("prepaid_refund"))
    const cap = (v: any) => (input.refund_amount == null ? MathBN.convert(v).toNumber() : Math.min(MathBN.convert(v).toNumber(), input.refund_amount))
    if (MathBN.gt(charged, 0)) out.push({ ...base, type: "refund", amount: cap(charged), note: "账期订单退款" })
    if (MathBN.gt(spent, 0)) out.push({ ...base, type: "prepaid_refund", amount: cap(spent), note: "预存款退回" })
    return new StepResponse({ account_id: account.id, entries: out.filter((e) => e.amount > 0) })
  }
)
