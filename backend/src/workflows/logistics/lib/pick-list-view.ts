import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { DEALER_MODULE } from "../../../modules/dealer"
import type DealerModuleService from "../../../modules/dealer/service"
import { logisticsError } from "../../../modules/logistics/messages"
import { pickList } from "./pick-list"
import { warehouseOrder } from "./warehouse-order"

/** The pick list of an order the warehouse may work on (404 unknown, 409 not ready), as the page and the PDF show it. */
export async function pickListView(container: MedusaContainer, orderId: string) {
  const w = await warehouseOrder(container, orderId)
  if (!w) throw logisticsError("order_not_ready", { display_id: "?" }, MedusaError.Types.NOT_FOUND)
  if (!w.ready) throw logisticsError("order_not_ready", { display_id: w.order.display_id })
  const [dealer] = w.dealer_id ? await container.resolve<DealerModuleService>(DEALER_MODULE).listDealers({ id: w.dealer_id }) : []
  return {
    order: {
      id: w.order.id,
      display_id: w.order.display_id,
      created_at: w.order.created_at,
      dealer: dealer ? { id: dealer.id, company_name: dealer.company_name } : null,
      shipping_address: w.order.shipping_address ?? null,
      note: w.order.metadata?.delivery_note ?? w.order.metadata?.note ?? null,
      po_number: w.order.metadata?.po_number ?? null,
    },
    locations: await pickList(container, w),
  }
}
