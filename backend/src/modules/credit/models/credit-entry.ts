import { model } from "@medusajs/framework/utils"
import { CreditAccount } from "./credit-account"

export const ENTRY_TYPES = [
  "hold", // credit set aside for an approved order to be paid on account
  "release", // a hold given back
  "charge", // an order paid on account: debt, due after the payment terms
  "repayment", // money received against the debt
  "refund", // a paid-on-account order cancelled or returned: debt reduced
  "adjustment", // staff correction of the debt, signed
  "limit_change", // the credit limit changed to `amount` (no balance effect)
  "topup", // prepaid money received
  "prepaid_spend", // an order paid from the prepaid balance
  "prepaid_refund", // prepaid money given back to the balance
] as const
export type EntryType = (typeof ENTRY_TYPES)[number]

/** One ledger line. Never updated or deleted once its workflow has completed. */
export const CreditEntry = model
  .define("credit_entry", {
    id: model.id({ prefix: "centry" }).primaryKey(),
    type: model.enum([...ENTRY_TYPES]),
    amount: model.bigNumber(),
    order_id: model.text().nullable(),
    reference: model.text().nullable(),
    due_at: model.dateTime().nullable(),
    actor_type: model.enum(["staff", "dealer", "system"]),
    actor_id: model.text().nullable(),
    note: model.text().nullable(),
    account: model.belongsTo(() => CreditAccount, { mappedBy: "entries" }),
  })
  .indexes([{ on: ["account_id", "created_at"] }, { on: ["order_id"] }])
