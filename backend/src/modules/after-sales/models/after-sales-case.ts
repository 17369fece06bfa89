import { model } from "@medusajs/framework/utils"

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
    kind: model.enum(["return", "exchange", "repair", "receipt_discrepancy"]),
    status: model.enum(["requested", "accepted", "rejected", "completed", "canceled"]).default("requested"),
    reason: model.text().nullable(),
    lines: model.json(),
    receipt_id: model.text().nullable(),
    shipment_id: model.text().nullable(),
    created_by: model.text().nullable(),
    decided_by: model.text().nullable(),
    decision_reason: model.text().nullable(),
  })
  .indexes([{ on: ["order_id"] }, { on: ["dealer_id", "created_at"] }, { on: ["status", "created_at"] }])
