import { model } from "@medusajs/framework/utils"
import { Dealer } from "./dealer"

/** An owner's invitation for a colleague to join the dealer with a role; only a hash of the token is kept. */
export const DealerInvitation = model
  .define("dealer_invitation", {
    id: model.id({ prefix: "dinv" }).primaryKey(),
    email: model.text().nullable(),
    phone: model.text().nullable(),
    role: model.enum(["owner", "buyer", "finance"]),
    token_hash: model.text(),
    expires_at: model.dateTime(),
    invited_by: model.text(),
    accepted_at: model.dateTime().nullable(),
    accepted_customer_id: model.text().nullable(),
    revoked_at: model.dateTime().nullable(),
    dealer: model.belongsTo(() => Dealer, { mappedBy: "invitations" }),
  })
  .indexes([{ on: ["token_hash"], unique: true, where: "deleted_at IS NULL" }])
