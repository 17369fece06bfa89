import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { requireApprovedMember } from "./store/dealer-access"
import { receiptPhotosUpload } from "./store/receipt-photos-upload"
import { fileUpload } from "./store/file-upload"
import { readyOrder } from "./admin/warehouse/orders/[id]/warehouse-ready"

/** Core's fulfilment route obeys the warehouse's rule too: approved, and paid or on account. */
async function fulfilmentGuard(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    await readyOrder(req.scope, req.params.id)
    next()
  } catch (e) {
    next(e)
  }
}

/** Fulfilment, tracking and receipt (the dealer-orders routes are already authenticated by the review middlewares). */
export const logisticsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/orders/:id/fulfillments", method: ["POST"], middlewares: [fulfilmentGuard] },
  { matcher: "/admin/warehouse/shipments/import", method: ["POST"], middlewares: [fileUpload] },
  { matcher: "/store/dealer-orders/:id/shipments/:shipment_id/receipt", method: ["POST"], middlewares: [requireApprovedMember, receiptPhotosUpload] },
]
