import { model } from "@medusajs/framework/utils"
import { Dealer } from "./dealer"

/** Append-only history of a dealer: who did what, when and why. */
export const DealerEvent = model
  .define("dealer_event", {
    id: model.id({ prefix: "devt" }).primaryKey(),
    action: model.text(),
    actor_type: model.enum(["staff", "dealer", "system"]),
    actor_id: model.text().nullable(),
    note: model.text().nullable(),
    data: model.json().nullable(),
    dealer: model.belongsTo(() => Dealer, { mappedBy: "events" }),
  })
