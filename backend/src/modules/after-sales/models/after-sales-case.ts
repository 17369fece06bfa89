import { model } from "@medusajs/framework/utils"
import { AfterSalesEvent } from "./after-sales-event"

export const CASE_KINDS = ["return", "exchange", "repair", "receipt_discrepancy"] as const
export const CASE_STATUSES = ["requested", "accepted", "rejected", "received", "completed", "canceled"] as const

/**
 * A dealer's after-sales request on a received order: a return, exchange or
 * repair it asked for, or a discrepancy found at receipt (opened for it).
 * `lines` hold the order lines, quantities, problem and photo file ids.
 */
export const AfterSalesCase = model
  .define("after_sales_case", {
    id: model.id({ prefix: "asc" }).primaryKey(),
    order_id: model.text(),
    dealer_id: model.text().nullable(),
    kind: model.enum([...CASE_KINDS]),
    status: model.enum([...CASE_STATUSES]).default("requested"),
    reason: model.text().nullable(),
    lines: model.json(),
    receipt_id: model.text().nullable(),
    shipment_id: model.text().nullable(),
    created_by: model.text().nullable(),
    decided_by: model.text().nullable(),
    decision_reason: model.text().nullable(),
    return_id: model.text().nullable(),
    refund_amount: model.bigNumber().nullable(),
    refund_method: model.text().nullable(),
    events: model.hasMany(() => AfterSalesEvent, { mappedBy: "case" }),
  })
  .indexes([{ on: ["order_id"] }, { on: ["dealer_id", "created_at"] }, { on: ["status", "created_at"] }])
