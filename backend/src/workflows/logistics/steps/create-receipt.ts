import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOGISTICS_MODULE } from "../../../modules/logistics"
import type LogisticsModuleService from "../../../modules/logistics/service"
import { AFTER_SALES_MODULE } from "../../../modules/after-sales"
import type AfterSalesModuleService from "../../../modules/after-sales/service"

type Line = { line_item_id: string; title: string; expected: number; received: number; issue: string | null; note: string | null; photo_indexes: number[] }
export type ReceiptRecordInput = {
  plan: { shipment_id: string; order_id: string; dealer_id: string | null; lines: Line[]; discrepancy: boolean }
  photo_ids: string[]
  actor_id: string | null
  auto: boolean
}

/**
 * The receipt, and when something was wrong an after-sales case for it, so
 * staff see the discrepancy without the dealer filing it twice.
 */
export const createReceiptStep = createStep(
  "create-package-receipt",
  async (input: ReceiptRecordInput, { container }) => {
    const lines = input.plan.lines.map(({ photo_indexes, ...l }) => ({ ...l, photos: photo_indexes.map((i) => input.photo_ids[i]) }))
    const logistics = container.resolve<LogisticsModuleService>(LOGISTICS_MODULE)
    const receipt = await logistics.createReceipts({
      shipment_id: input.plan.shipment_id,
      order_id: input.plan.order_id,
      dealer_id: input.plan.dealer_id,
      confirmed_by: input.actor_id,
      auto: input.auto,
      discrepancy: input.plan.discrepancy,
      lines: lines as any,
    })
    let caseId: string | null = null
    if (input.plan.discrepancy) {
      const created = await container.resolve<AfterSalesModuleService>(AFTER_SALES_MODULE).createAfterSalesCases({
        order_id: input.plan.order_id,
        dealer_id: input.plan.dealer_id,
        kind: "receipt_discrepancy",
        reason: "验收差异",
        lines: lines.filter((l) => l.issue).map((l) => ({ line_item_id: l.line_item_id, title: l.title, quantity: l.expected - l.received || l.expected, issue: l.issue, note: l.note, photos: l.photos })) as any,
        receipt_id: receipt.id,
        shipment_id: input.plan.shipment_id,
        created_by: input.actor_id,
      })
      caseId = created.id
      await container.resolve<AfterSalesModuleService>(AFTER_SALES_MODULE).createAfterSalesEvents({
        case_id: caseId,
        action: "requested",
        actor_type: input.auto ? "system" : "dealer",
        actor_id: input.actor_id,
        note: "验收时发现差异",
      } as any)
      await logistics.updateReceipts({ id: receipt.id, case_id: caseId })
    }
    return new StepResponse({ receipt_id: receipt.id, case_id: caseId, order_id: input.plan.order_id, discrepancy: input.plan.discrepancy }, { receiptId: receipt.id, caseId })
  },
  async (undo, { container }) => {
    if (!undo) return
    if (undo.caseId) {
      const afterSales = container.resolve<AfterSalesModuleService>(AFTER_SALES_MODULE)
      const events = await afterSales.listAfterSalesEvents({ case_id: undo.caseId } as any)
      if (events.length) await afterSales.deleteAfterSalesEvents(events.map((e) => e.id))
      await afterSales.deleteAfterSalesCases(undo.caseId)
    }
    await container.resolve<LogisticsModuleService>(LOGISTICS_MODULE).deleteReceipts(undo.receiptId)
  }
)
