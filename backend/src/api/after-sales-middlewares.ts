import { authenticate, type MedusaNextFunction, type MedusaRequest, type MedusaResponse, type MiddlewareRoute } from "@medusajs/framework/http"
import { requireApprovedMember } from "./store/dealer-access"
import { receiptPhotosUpload } from "./store/receipt-photos-upload"
import { afterSalesError } from "../modules/after-sales/messages"

const customer = authenticate("customer", ["bearer", "session"])

/** Medusa's store return route needs no sign-in and takes any order id: dealers use /store/after-sales instead. */
function closed(_req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  next(afterSalesError("use_after_sales", {}, "forbidden"))
}

/** After-sales: members of an approved dealer ask and follow; staff decide in the admin. */
export const afterSalesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/returns", method: ["POST"], middlewares: [closed] },
  { matcher: "/store/after-sales*", middlewares: [customer] },
  { matcher: "/store/after-sales", method: ["POST"], middlewares: [requireApprovedMember, receiptPhotosUpload] },
  { matcher: "/store/after-sales/:id/cancel", method: ["POST"], middlewares: [requireApprovedMember] },
]
