import { model } from "@medusajs/framework/utils"

/** Ordering rules of one variant: 起订量, 订货倍数 (case pack) and 限购 per order. */
export const VariantRule = model
  .define("wholesale_variant_rule", {
    id: model.id({ prefix: "vrule" }).primaryKey(),
    variant_id: model.text(),
    min_quantity: model.number().nullable(),
    multiple: model.number().nullable(),
    max_quantity: model.number().nullable(),
  })
  .indexes([{ on: ["variant_id"], unique: true, where: "deleted_at IS NULL" }])
