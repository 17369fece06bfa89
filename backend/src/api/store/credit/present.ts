import { openItems } from "../../../modules/credit/balances"

const num = (v: unknown) => (v == null ? null : Number(v))

export function presentEntry(e: any) {
  return {
    id: e.id,
    type: e.type,
    amount: num(e.amount),
    order_id: e.order_id ?? null,
    reference: e.reference ?? null,
    due_at: e.due_at ?? null,
    actor_type: e.actor_type,
    note: e.note ?? null,
    created_at: e.created_at,
  }
}

export function presentSlip(s: any) {
  return {
    id: s.id,
    kind: s.kind,
    order_id: s.order_id ?? null,
    amount: num(s.amount),
    reference_code: s.reference_code,
    payer_name: s.payer_name ?? null,
    file_name: s.file_name,
    status: s.status,
    reason: s.reason ?? null,
    decided_at: s.decided_at ?? null,
    created_at: s.created_at,
  }
}

/** Account, balances, open items and overdue total, as both the dealer and staff see them. */
export function presentAccount(state: { account: any; entries: any[]; balances: any }) {
  const open = openItems(state.entries as any)
  const overdue = open.filter((i) => i.overdue).reduce((s, i) => s + i.open, 0)
  return {
    account: {
      id: state.account.id,
      dealer_id: state.account.dealer_id,
      currency_code: state.account.currency_code,
      credit_limit: num(state.account.credit_limit),
      payment_terms_days: state.account.payment_terms_days,
      status: state.account.status,
    },
    balances: state.balances,
    open_items: open,
    overdue_amount: Math.round(overdue * 100) / 100,
  }
}
