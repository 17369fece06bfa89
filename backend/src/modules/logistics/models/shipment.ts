import { model } from "@medusajs/framework/utils"
import { SHIPMENT_STATES } from "../states"
import { TrackingEvent } from "./tracking-event"

/**
 * One package on its way: the carrier and number on Medusa's fulfilment, and
 * where it is now. Events hold the history; `state` is the newest event's.
 */
export const Shipment = model
  .define("logistics_shipment", {
    id: model.id({ prefix: "shp" }).primaryKey(),
    order_id: model.text(),
    fulfillment_id: model.text(),
    dealer_id: model.text().nullable(),
    carrier_code: model.text(),
    carrier_name: model.text(),
    tracking_number: model.text(),
    tracking_url: model.text().nullable(),
    state: model.enum([...SHIPMENT_STATES]).default("pending"),
    estimated_arrival: model.dateTime().nullable(),
    shipped_at: model.dateTime(),
    delivered_at: model.dateTime().nullable(),
    last_event_at: model.dateTime().nullable(),
    provider: model.text().default("manual"),
    subscribed_at: model.dateTime().nullable(),
    items: model.json(),
    events: model.hasMany(() => TrackingEvent, { mappedBy: "shipment" }),
  })
  .indexes([
    { on: ["fulfillment_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["carrier_code", "tracking_number"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_id"] },
    { on: ["dealer_id"] },
    { on: ["state"] },
  ])
