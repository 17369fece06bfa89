import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { jsonNotFound } from "./json-not-found"
import { paginationGuard } from "./pagination-guard"
import { priceGate } from "./store/price-gate"
import { isApprovedDealer, requireApprovedDealer, requireApprovedDealerForItems } from "./store/dealer-access"
import { licenseUpload } from "./store/license-upload"
import { dealerMallErrorHandler } from "./error-handler"
import { wholesaleMiddlewares } from "./wholesale-middlewares"
import { reviewMiddlewares } from "./review-middlewares"
import { creditMiddlewares } from "./credit-middlewares"
import { logisticsMiddlewares } from "./logistics-middlewares"
import { afterSalesMiddlewares } from "./after-sales-middlewares"
import { catalogMiddlewares } from "./catalog-middlewares"

/** Every custom middleware is composed here, one entry per matcher. */
export default defineMiddlewares({
  errorHandler: dealerMallErrorHandler as any,
  routes: [
    { matcher: "/store/*", middlewares: [jsonNotFound, paginationGuard] },
    { matcher: "/admin/*", middlewares: [jsonNotFound, paginationGuard] },
    { matcher: "/auth/*", middlewares: [jsonNotFound] },
    // All store routes, so that a new core route cannot leak prices by default.
    { matcher: "/store/*", middlewares: [priceGate(isApprovedDealer)] },

    // Dealer onboarding
    {
      matcher: "/store/dealer-applications",
      method: ["POST"],
      middlewares: [authenticate("customer", ["bearer"], { allowUnregistered: true }), licenseUpload],
    },
    { matcher: "/store/dealers/me*", middlewares: [authenticate("customer", ["bearer", "session"])] },
    { matcher: "/store/dealers/me/resubmit", method: ["POST"], middlewares: [licenseUpload] },
    {
      matcher: "/store/dealer-invitations/accept",
      method: ["POST"],
      middlewares: [authenticate("customer", ["bearer"], { allowUnregistered: true })],
    },

    // Ordering is for approved dealers; suspension takes effect on open carts at once.
    { matcher: "/store/carts", method: ["POST"], middlewares: [requireApprovedDealerForItems] },
    { matcher: "/store/carts/:id/line-items*", method: ["POST", "DELETE"], middlewares: [requireApprovedDealer] },
    { matcher: "/store/carts/:id/complete", method: ["POST"], middlewares: [requireApprovedDealer] },

    ...wholesaleMiddlewares,
    ...reviewMiddlewares,
    ...creditMiddlewares,
    ...logisticsMiddlewares,
    ...afterSalesMiddlewares,
    ...catalogMiddlewares,
  ],
})
