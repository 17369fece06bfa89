import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DEALER_MODULE } from "../../../../../../modules/dealer"
import type DealerModuleService from "../../../../../../modules/dealer/service"
import { pickList } from "../../../../../../workflows/logistics/lib/pick-list"
import { readyOrder } from "../warehouse-ready"

/** GET /admin/warehouse/orders/:id/pick-list: what to take from which location. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const w = await readyOrder(req.scope, req.params.id)
  const [dealer] = w.dealer_id ? await req.scope.resolve<DealerModuleService>(DEALER_MODULE).listDealers({ id: w.dealer_id }) : []
  res.json({
    order: {
      id: w.order.id,
      display_id: w.order.display_id,
      created_at: w.order.created_at,
      dealer: dealer ? { id: dealer.id, company_name: dealer.company_name } : null,
      shipping_address: w.order.shipping_address ?? null,
      note: w.order.metadata?.delivery_note ?? w.order.metadata?.note ?? null,
      po_number: w.order.metadata?.po_number ?? null,
    },
    locations: await pickList(req.scope, w),
  })
}
