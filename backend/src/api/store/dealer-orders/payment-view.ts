import type { MedusaContainer } from "@medusajs/framework/types"
import { CREDIT_MODULE } from "../../../modules/credit"
import type CreditModuleService from "../../../modules/credit/service"
import { capturedOnlinePayment } from "./online-payment"

/** How an order was or is being paid, from the ledger, the slips and online payments: what the order page shows beside its status. */
export async function paymentView(container: MedusaContainer, orderId: string, status: string) {
  const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
  const [entries, slips] = await Promise.all([
    credit.listCreditEntries({ order_id: orderId }, { order: { created_at: "ASC" } }),
    credit.listPaymentSlips({ order_id: orderId }, { order: { created_at: "DESC" } }),
  ])
  const charge = entries.find((e) => e.type === "charge")
  const spend = entries.find((e) => e.type === "prepaid_spend")
  const confirmed = slips.find((s) => s.status === "confirmed")
  const offlineMethod = charge ? "on_account" : spend ? "prepaid" : confirmed ? "bank_transfer" : null
  // Card money never touches the ledger: its payment says how it was paid.
  const online = offlineMethod ? null : await capturedOnlinePayment(container, orderId)
  return {
    method: offlineMethod ?? online?.method ?? null,
    paid_at: (charge ?? spend)?.created_at ?? confirmed?.decided_at ?? online?.paid_at ?? null,
    due_at: charge?.due_at ?? null,
    can_pay: status === "awaiting_payment" && !slips.some((s) => s.status === "pending"),
    pending_slip: slips.some((s) => s.status === "pending"),
    last_rejected_reason: slips[0]?.status === "rejected" ? slips[0].reason : null,
  }
}
