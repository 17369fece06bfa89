import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { LOGISTICS_MODULE } from "../modules/logistics"
import type LogisticsModuleService from "../modules/logistics/service"
import { trackingProvider } from "../modules/logistics/providers"
import { notifyShipment } from "../workflows/logistics/lib/notify-shipment"

/**
 * A package left: the dealer is told, and the number is handed to the
 * tracking service. A failed subscription is only logged: the polling job
 * picks the number up later.
 */
export default async function shipmentCreated({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyShipment(container, event.data.id, "shipped")
  const provider = trackingProvider()
  if (!provider) return
  const logistics = container.resolve<LogisticsModuleService>(LOGISTICS_MODULE)
  const [shipment] = await logistics.listShipments({ id: event.data.id })
  if (!shipment || shipment.subscribed_at) return
  try {
    if (await provider.subscribe({ carrier_code: shipment.carrier_code, tracking_number: shipment.tracking_number })) {
      await logistics.updateShipments({ id: shipment.id, subscribed_at: new Date() })
    }
  } catch (e: any) {
    container.resolve("logger").warn(`tracking subscription failed for ${shipment.tracking_number}: ${e?.message}`)
  }
}

export const config: SubscriberConfig = { event: "logistics.shipment_created" }
