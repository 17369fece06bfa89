import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOGISTICS_MODULE } from "../../../modules/logistics"
import type LogisticsModuleService from "../../../modules/logistics/service"
import { warehouseOrder } from "../lib/warehouse-order"

/** An order is done when everything shipped and every package was received without a problem. */
export const orderCompleteCheckStep = createStep("order-receipt-complete-check", async (input: { order_id: string }, { container }) => {
  const w = await warehouseOrder(container, input.order_id)
  if (!w || w.order.status !== "pending" || w.lines.some((l) => l.remaining > 0)) return new StepResponse({ complete: false })
  const logistics = container.resolve<LogisticsModuleService>(LOGISTICS_MODULE)
  const shipments = await logistics.listShipments({ order_id: input.order_id }, { take: null })
  const receipts = await logistics.listReceipts({ order_id: input.order_id }, { take: null })
  const clean = shipments.every((s) => receipts.some((r) => r.shipment_id === s.id && !r.discrepancy))
  return new StepResponse({ complete: shipments.length > 0 && clean })
})
