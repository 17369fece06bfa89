import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { NOTIFIED_STATES, type ShipmentState } from "../modules/logistics/states"
import { notifyShipment } from "../workflows/logistics/lib/notify-shipment"

/** Out for delivery, delivered and exceptions reach the dealer by e-mail and SMS. */
export default async function shipmentStateNotices({ event, container }: SubscriberArgs<{ id: string; from: ShipmentState; to: ShipmentState }>) {
  if (!NOTIFIED_STATES.includes(event.data.to)) return
  await notifyShipment(container, event.data.id, event.data.to as any)
}

export const config: SubscriberConfig = { event: "logistics.shipment_state_changed" }
