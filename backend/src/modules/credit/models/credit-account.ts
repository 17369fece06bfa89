import { model } from "@medusajs/framework/utils"
import { CreditEntry } from "./credit-entry"

/**
 * A dealer's account with the brand owner: its credit line (limit and terms)
 * and the append-only ledger from which every balance is derived.
 */
export const CreditAccount = model
  .define("credit_account", {
    id: model.id({ prefix: "cacc" }).primaryKey(),
    dealer_id: model.text(),
    currency_code: model.text().default("cny"),
    credit_limit: model.bigNumber().default(0),
    payment_terms_days: model.number().default(0),
    status: model.enum(["active", "frozen"]).default("active"),
    entries: model.hasMany(() => CreditEntry, { mappedBy: "account" }),
  })
  .indexes([{ on: ["dealer_id"], unique: true, where: "deleted_at IS NULL" }])
