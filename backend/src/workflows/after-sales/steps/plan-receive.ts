import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { AFTER_SALES_MODULE } from "../../../modules/after-sales"
import type AfterSalesModuleService from "../../../modules/after-sales/service"
import { afterSalesError, STATUS_LABELS } from "../../../modules/after-sales/messages"
import { paymentView } from "../../../api/store/dealer-orders/payment-view"

export type ReceivePlan = {
  case_id: string
  kind: string
  order_id: string
  dealer_id: string | null
  return_id: string
  items: { id: string; quantity: number }[]
  refund: number
  method: string | null
  payment_id: string | null
}

const round = (n: number) => Math.round(n * 100) / 100

/**
 * What receiving a return will do: which items come back, how much is
 * refunded (at most the returned goods' value) and through which payment.
 */
export const planReceiveStep = createStep("plan-after-sales-receive", async (input: { case_id: string; refund_amount?: number | null }, { container }) => {
  const [c] = await container.resolve<AfterSalesModuleService>(AFTER_SALES_MODULE).listAfterSalesCases({ id: input.case_id })
  if (!c) throw afterSalesError("case_not_found", {}, MedusaError.Types.NOT_FOUND)
  if (c.kind === "receipt_discrepancy") throw afterSalesError("not_a_return")
  if (c.status === "requested") throw afterSalesError("case_not_accepted")
  if (c.status !== "accepted" || !c.return_id) throw afterSalesError("case_not_open", { status: STATUS_LABELS[c.status].zh, status_en: STATUS_LABELS[c.status].en.toLowerCase() })
  const lines = ((c.lines as unknown) as any[]) ?? []
  const max = round(lines.reduce((s, l) => s + Number(l.unit_price) * Number(l.quantity), 0))
  // An exchange or repair sends goods back out instead of money.
  const cap = c.kind === "return" ? max : 0
  const refund = input.refund_amount ?? cap
  if (refund > cap + 0.001) throw afterSalesError("refund_exceeds_returned", { max: cap }, MedusaError.Types.INVALID_DATA)
  const { method } = await paymentView(container, c.order_id, "")
  let paymentId: string | null = null
  if (refund > 0) {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["payment_collections.payments.id", "payment_collections.payments.captured_at", "payment_collections.payments.canceled_at"],
      filters: { id: c.order_id },
    })
    const payments = ((data[0] as any)?.payment_collections ?? []).flatMap((pc: any) => pc.payments ?? [])
    paymentId = payments.find((p: any) => p.captured_at && !p.canceled_at)?.id ?? null
    if (!method || !paymentId) throw afterSalesError("refund_unpaid_order")
  }
  const plan: ReceivePlan = {
    case_id: c.id,
    kind: c.kind,
    order_id: c.order_id,
    dealer_id: c.dealer_id,
    return_id: c.return_id,
    items: lines.map((l) => ({ id: l.line_item_id, quantity: Number(l.quantity) })),
    refund: round(refund),
    method: refund > 0 ? method : null,
    payment_id: paymentId,
  }
  return new StepResponse(plan)
})
