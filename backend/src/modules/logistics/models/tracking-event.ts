import { model } from "@medusajs/framework/utils"
import { SHIPMENT_STATES } from "../states"
import { Shipment } from "./shipment"

/** A line of the carrier's timeline. The fingerprint (time + text) makes a repeated push harmless. */
export const TrackingEvent = model
  .define("logistics_tracking_event", {
    id: model.id({ prefix: "tev" }).primaryKey(),
    shipment: model.belongsTo(() => Shipment, { mappedBy: "events" }),
    occurred_at: model.dateTime(),
    location: model.text().nullable(),
    description: model.text(),
    state: model.enum([...SHIPMENT_STATES]).nullable(),
    source: model.enum(["provider", "staff"]).default("provider"),
    actor_id: model.text().nullable(),
    fingerprint: model.text(),
  })
  .indexes([{ on: ["shipment_id", "fingerprint"], unique: true, where: "deleted_at IS NULL" }])
