import { model } from "@medusajs/framework/utils"
import { AfterSalesCase } from "./after-sales-case"

/** One step of a case's history, so dealer and staff read the same story. */
export const AfterSalesEvent = model
  .define("after_sales_event", {
    id: model.id({ prefix: "asev" }).primaryKey(),
    case: model.belongsTo(() => AfterSalesCase, { mappedBy: "events" }),
    action: model.enum(["requested", "accepted", "rejected", "received", "refunded", "completed", "canceled", "note"]),
    actor_type: model.enum(["dealer", "staff", "system"]),
    actor_id: model.text().nullable(),
    note: model.text().nullable(),
  })
