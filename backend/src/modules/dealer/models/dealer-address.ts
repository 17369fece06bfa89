import { model } from "@medusajs/framework/utils"
import { Dealer } from "./dealer"

/** A delivery address of the dealer company, shared by its members; one may be the default. */
export const DealerAddress = model
  .define("dealer_address", {
    id: model.id({ prefix: "daddr" }).primaryKey(),
    contact_name: model.text(),
    phone: model.text(),
    province: model.text(),
    city: model.text(),
    district: model.text(),
    address: model.text(),
    postal_code: model.text().nullable(),
    is_default: model.boolean().default(false),
    dealer: model.belongsTo(() => Dealer, { mappedBy: "addresses" }),
  })
  .indexes([{ on: ["dealer_id"] }])
