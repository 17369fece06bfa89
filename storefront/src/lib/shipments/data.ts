// Build fails if a client component imports this (Next aliases the module itself).
import "server-only"
import { backend } from "../auth/backend"
import { getToken } from "../auth/session"
import type { OrderDetail, OrderStatus } from "../orders/types"
import type { Shipment } from "./types"

// Only these statuses can have packages; asking for others' would be a wasted request.
const SHIPPING: OrderStatus[] = ["processing", "partially_shipped", "shipped", "delivered", "received", "completed"]

/**
 * The order's packages: `order.shipments` when the order route carries them
 * (docs/logistics-api.md), else the shipments route; [] when there are none
 * or the route is unavailable (the rest of the order page still renders).
 */
export async function getShipments(order: OrderDetail, locale: string): Promise<Shipment[]> {
  const inline = (order as OrderDetail & { shipments?: Shipment[] }).shipments
  if (Array.isArray(inline)) return inline
  if (!SHIPPING.includes(order.status)) return []
  const token = await getToken()
  if (!token) return []
  const res = await backend<{ shipments: Shipment[] }>(`/store/dealer-orders/${encodeURIComponent(order.id)}/shipments`, {
    token,
    locale,
  }).catch(() => null)
  return res?.ok && Array.isArray(res.data.shipments) ? res.data.shipments : []
}
