import { model } from "@medusajs/framework/utils"

/** A remittance slip (汇款凭证) a dealer uploaded for a bank transfer: paying an order or topping up its prepaid balance. */
export const PaymentSlip = model
  .define("payment_slip", {
    id: model.id({ prefix: "slip" }).primaryKey(),
    dealer_id: model.text(),
    kind: model.enum(["order_payment", "topup"]),
    order_id: model.text().nullable(),
    amount: model.bigNumber(),
    reference_code: model.text(),
    payer_name: model.text().nullable(),
    file_id: model.text(),
    file_name: model.text(),
    file_mime: model.text(),
    status: model.enum(["pending", "confirmed", "rejected"]).default("pending"),
    uploaded_by: model.text(),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    reason: model.text().nullable(),
  })
  .indexes([{ on: ["status", "created_at"] }, { on: ["dealer_id"] }, { on: ["order_id"] }])
