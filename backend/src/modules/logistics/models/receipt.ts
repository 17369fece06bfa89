import { model } from "@medusajs/framework/utils"

/**
 * The dealer's check of one package on arrival (验收). `lines` hold what was
 * received against what was shipped and any problem reported with photos.
 */
export const Receipt = model
  .define("logistics_receipt", {
    id: model.id({ prefix: "rcpt" }).primaryKey(),
    shipment_id: model.text(),
    order_id: model.text(),
    dealer_id: model.text().nullable(),
    confirmed_by: model.text().nullable(),
    auto: model.boolean().default(false),
    discrepancy: model.boolean().default(false),
    lines: model.json(),
    case_id: model.text().nullable(),
  })
  .indexes([{ on: ["shipment_id"], unique: true, where: "deleted_at IS NULL" }, { on: ["order_id"] }])
