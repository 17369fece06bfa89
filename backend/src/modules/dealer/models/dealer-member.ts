import { model } from "@medusajs/framework/utils"
import { Dealer } from "./dealer"

export const DEALER_ROLES = ["owner", "buyer", "finance"] as const
export type DealerRole = (typeof DEALER_ROLES)[number]

/** A customer login that acts for a dealer company, with its role there. */
export const DealerMember = model
  .define("dealer_member", {
    id: model.id({ prefix: "dmem" }).primaryKey(),
    customer_id: model.text(),
    role: model.enum([...DEALER_ROLES]),
    dealer: model.belongsTo(() => Dealer, { mappedBy: "members" }),
  })
  .indexes([
    // A customer belongs to at most one dealer.
    { on: ["customer_id"], unique: true, where: "deleted_at IS NULL" },
  ])
