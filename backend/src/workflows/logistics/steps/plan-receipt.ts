import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { LOGISTICS_MODULE } from "../../../modules/logistics"
import type LogisticsModuleService from "../../../modules/logistics/service"
import { logisticsError } from "../../../modules/logistics/messages"

export const RECEIPT_ISSUES = ["short", "damaged", "wrong_item"] as const
export type ReceiptLineInput = { line_item_id: string; received: number; issue?: (typeof RECEIPT_ISSUES)[number] | null; note?: string | null; photos?: number[] }
export type ReceiptInput = {
  order_id: string
  shipment_id: string
  dealer_id: string | null
  actor_id: string | null
  auto?: boolean
  lines: ReceiptLineInput[]
  photo_count: number
}

const INVALID = MedusaError.Types.INVALID_DATA

/**
 * Every line of the package with what arrived: lines not mentioned arrived in
 * full; fewer than shipped, or a problem, needs a reason; never more.
 */
export const planReceiptStep = createStep("plan-package-receipt", async (input: ReceiptInput, { container }) => {
  const logistics = container.resolve<LogisticsModuleService>(LOGISTICS_MODULE)
  const [shipment] = await logistics.listShipments({ id: input.shipment_id, order_id: input.order_id })
  if (!shipment) throw logisticsError("shipment_not_found", {}, MedusaError.Types.NOT_FOUND)
  if (shipment.state === "returned") throw logisticsError("shipment_not_shipped")
  if ((await logistics.listReceipts({ shipment_id: shipment.id })).length) throw logisticsError("receipt_exists")
  const given = new Map(input.lines.map((l) => [l.line_item_id, l]))
  const shipped = ((shipment.items as unknown) as any[]) ?? []
  for (const l of input.lines) if (!shipped.some((s) => s.line_item_id === l.line_item_id)) throw logisticsError("line_not_found", {}, INVALID)
  const lines = shipped.map((s) => {
    const l = given.get(s.line_item_id)
    const received = l ? l.received : s.quantity
    if (received > s.quantity) throw logisticsError("received_exceeds_shipped", { title: s.title, shipped: s.quantity }, INVALID)
    if ((received < s.quantity || l?.photos?.length || l?.note) && !l?.issue) throw logisticsError("issue_required", { title: s.title }, INVALID)
    for (const i of l?.photos ?? []) if (!Number.isInteger(i) || i < 0 || i >= input.photo_count) throw logisticsError("photo_index_invalid", { index: i }, INVALID)
    return {
      line_item_id: s.line_item_id,
      title: s.title,
      variant_title: s.variant_title ?? null,
      sku: s.sku ?? null,
      expected: s.quantity,
      received,
      issue: l?.issue ?? null,
      note: l?.note ?? null,
      photo_indexes: l?.photos ?? [],
    }
  })
  return new StepResponse({ shipment_id: shipment.id, order_id: shipment.order_id, dealer_id: shipment.dealer_id ?? input.dealer_id, lines, discrepancy: lines.some((l) => l.issue) })
})
