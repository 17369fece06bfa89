import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { afterSalesError } from "../../../modules/after-sales/messages"
import { requestableLines } from "../lib/requestable-lines"

export type RequestInput = {
  order_id: string
  dealer_id: string
  actor_id: string
  kind: "return" | "exchange" | "repair"
  reason: string
  lines: { line_item_id: string; quantity: number; note?: string | null; photos?: number[] }[]
  photo_count: number
}

const INVALID = MedusaError.Types.INVALID_DATA

/** The request checked against what was received and already asked for; nothing is written here. */
export const planRequestStep = createStep("plan-after-sales-request", async (input: RequestInput, { container }) => {
  if (!input.reason.trim()) throw afterSalesError("reason_required", {}, INVALID)
  const lines = await requestableLines(container, input.order_id)
  if (!lines.some((l) => l.received > 0)) throw afterSalesError("nothing_received")
  const planned = input.lines
    .filter((l) => l.quantity > 0)
    .map((l) => {
      const line = lines.find((x) => x.line_item_id === l.line_item_id)
      if (!line) throw afterSalesError("line_not_found", {}, INVALID)
      if (l.quantity > line.available) throw afterSalesError("quantity_exceeds_received", { title: line.title, available: line.available }, INVALID)
      for (const i of l.photos ?? []) if (!Number.isInteger(i) || i < 0 || i >= input.photo_count) throw afterSalesError("photo_type", { index: i + 1 }, INVALID)
      return { line_item_id: line.line_item_id, title: line.title, sku: line.sku, unit_price: line.unit_price, quantity: l.quantity, note: l.note ?? null, photo_indexes: l.photos ?? [] }
    })
  if (!planned.length) throw afterSalesError("lines_required", {}, INVALID)
  return new StepResponse(planned)
})
