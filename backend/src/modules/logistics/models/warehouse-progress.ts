import { model } from "@medusajs/framework/utils"

/** Where an order is on the warehouse floor before its packages ship: picked, packed, by whom. */
export const WarehouseProgress = model
  .define("logistics_warehouse_progress", {
    id: model.id({ prefix: "whp" }).primaryKey(),
    order_id: model.text(),
    picked_at: model.dateTime().nullable(),
    picked_by: model.text().nullable(),
    packed_at: model.dateTime().nullable(),
    packed_by: model.text().nullable(),
  })
  .indexes([{ on: ["order_id"], unique: true, where: "deleted_at IS NULL" }])
