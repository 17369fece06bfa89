import { model } from "@medusajs/framework/utils"

/** A review stage (销售审核, 财务审核 …) in rank order, with the staff users allowed to decide it (none: anyone). */
export const ReviewStage = model.define("order_review_stage", {
  id: model.id({ prefix: "rstage" }).primaryKey(),
  name: model.text(),
  rank: model.number().default(0),
  user_ids: model.json().nullable(),
})
