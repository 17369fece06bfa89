import { model } from "@medusajs/framework/utils"

/** An auto-approval rule: approve at once when the order fits it. */
export const ReviewRule = model.define("order_review_rule", {
  id: model.id({ prefix: "rrule" }).primaryKey(),
  name: model.text(),
  enabled: model.boolean().default(true),
  max_total: model.bigNumber().nullable(),
  tier_group_id: model.text().nullable(),
  require_all_checks: model.boolean().default(true),
})
