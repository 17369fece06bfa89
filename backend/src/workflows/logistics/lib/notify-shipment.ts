import type { MedusaContainer } from "@medusajs/framework/types"
import { dealerNotifications, send } from "../../../lib/notifications"
import { DEALER_MODULE } from "../../../modules/dealer"
import type DealerModuleService from "../../../modules/dealer/service"
import { LOGISTICS_MODULE } from "../../../modules/logistics"
import type LogisticsModuleService from "../../../modules/logistics/service"
import { SHIPMENT_NOTICES } from "../../../modules/logistics/notices"
import { shanghaiDay } from "../../../modules/credit/due-notices"
import { loadOrder } from "../../order-review/lib/order-facts"

/** Tells the dealer (e-mail to the orderer and the company, SMS to the company mobile) about one package, once per kind. */
export async function notifyShipment(container: MedusaContainer, shipmentId: string, kind: keyof typeof SHIPMENT_NOTICES) {
  const notice = SHIPMENT_NOTICES[kind]
  const logistics = container.resolve<LogisticsModuleService>(LOGISTICS_MODULE)
  const [shipment] = await logistics.listShipments({ id: shipmentId }, { relations: ["events"] })
  if (!notice || !shipment?.dealer_id) return
  const [dealer] = await container.resolve<DealerModuleService>(DEALER_MODULE).listDealers({ id: shipment.dealer_id })
  const order = await loadOrder(container, shipment.order_id)
  if (!dealer || !order) return
  const last = [...(shipment.events ?? [])].sort((a: any, b: any) => +new Date(b.occurred_at) - +new Date(a.occurred_at))[0]
  const facts = {
    company_name: dealer.company_name,
    display_id: order.display_id,
    carrier_name: shipment.carrier_name,
    tracking_number: shipment.tracking_number,
    eta: shipment.estimated_arrival ? shanghaiDay(new Date(shipment.estimated_arrival as any)) : null,
    last: last?.description ?? null,
  }
  const data = { subject: notice.subject(facts), text: notice.body(facts), order_id: order.id, shipment_id: shipment.id, dealer_id: dealer.id }
  const base = { template: `shipment-${kind}`, data, trigger_type: `logistics.${kind}`, resource_id: shipment.id, resource_type: "logistics_shipment" }
  const key = `shipment-${kind}:${shipment.id}`
  await send(container, dealerNotifications(base, key, [order.email, dealer.email], dealer.mobile))
}
