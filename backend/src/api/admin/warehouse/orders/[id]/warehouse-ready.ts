import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { logisticsError } from "../../../../../modules/logistics/messages"
import { warehouseOrder } from "../../../../../workflows/logistics/lib/warehouse-order"

/** The order if the warehouse may work on it; 404 when unknown, 409 when not approved and paid/on account. */
export async function readyOrder(container: MedusaContainer, id: string) {
  const w = await warehouseOrder(container, id)
  if (!w) throw logisticsError("order_not_ready", { display_id: "?" }, MedusaError.Types.NOT_FOUND)
  if (!w.ready) throw logisticsError("order_not_ready", { display_id: w.order.display_id })
  return w
}
