import { model } from "@medusajs/framework/utils"

/** A dealer's saved order list (常购清单), shared by the dealer's members. */
export const OrderList = model
  .define("wholesale_order_list", {
    id: model.id({ prefix: "olist" }).primaryKey(),
    dealer_id: model.text(),
    name: model.text(),
    created_by: model.text(),
    items: model.hasMany(() => OrderListItem, { mappedBy: "order_list" }),
  })
  .cascades({ delete: ["items"] })
  .indexes([{ on: ["dealer_id"] }])

export const OrderListItem = model.define("wholesale_order_list_item", {
  id: model.id({ prefix: "olitem" }).primaryKey(),
  variant_id: model.text(),
  quantity: model.number(),
  order_list: model.belongsTo(() => OrderList, { mappedBy: "items" }),
})
