import { model } from "@medusajs/framework/utils"

/**
 * A dealer tier (一级经销商, 二级经销商 …). Its customer group is what the
 * Pricing module matches; its override price list holds the tier prices and
 * quantity breaks. The name lives here and is mirrored onto the group.
 */
export const Tier = model
  .define("wholesale_tier", {
    id: model.id({ prefix: "tier" }).primaryKey(),
    name: model.text().searchable(),
    rank: model.number().default(0),
    customer_group_id: model.text(),
    price_list_id: model.text().nullable(),
    // 起订金额: the smallest order (goods, tax-inclusive) a dealer of this tier may submit.
    min_order_amount: model.bigNumber().nullable(),
  })
  .indexes([{ on: ["customer_group_id"], unique: true, where: "deleted_at IS NULL" }])
