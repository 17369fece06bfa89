import { model } from "@medusajs/framework/utils"

/**
 * A dealer's contract prices (专属价): a customer group holding only that
 * dealer's logins, and an override price list matched on it.
 */
export const DealerContract = model
  .define("wholesale_dealer_contract", {
    id: model.id({ prefix: "dcon" }).primaryKey(),
    dealer_id: model.text(),
    customer_group_id: model.text(),
    price_list_id: model.text(),
  })
  .indexes([{ on: ["dealer_id"], unique: true, where: "deleted_at IS NULL" }])
