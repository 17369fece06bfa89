import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { requireApprovedMember } from "./store/dealer-access"
import { slipUpload } from "./store/slip-file-upload"
import { deferredPaymentGuard } from "./admin/deferred-payment-guard"

const customer = authenticate("customer", ["bearer", "session"])

/** Credit and payments: members of an approved dealer pay and top up; statements are checked per role in the route. */
export const creditMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/credit*", middlewares: [customer] },
  { matcher: "/store/dealer-orders/:id/pay", method: ["POST"], middlewares: [requireApprovedMember] },
  { matcher: "/store/dealer-orders/:id/card-payment", method: ["POST"], middlewares: [requireApprovedMember] },
  { matcher: "/store/dealer-orders/:id/slips", method: ["POST"], middlewares: [requireApprovedMember, slipUpload] },
  { matcher: "/store/credit/topups", method: ["POST"], middlewares: [requireApprovedMember, slipUpload] },
  { matcher: "/admin/payments/:id/capture", method: ["POST"], middlewares: [deferredPaymentGuard] },
  { matcher: "/admin/payments/:id/refund", method: ["POST"], middlewares: [deferredPaymentGuard] },
]
