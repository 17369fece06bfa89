import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { requireApprovedDealer } from "./store/dealer-access"
import { cartStockLock } from "./store/stock-lock"

const customer = authenticate("customer", ["bearer", "session"])

/** Checkout and order review: dealers see their company's orders; placing and withdrawing them is for owners and buyers. */
export const reviewMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/dealer-orders*", middlewares: [customer] },
  { matcher: "/store/dealer-orders/submit", method: ["POST"], middlewares: [requireApprovedDealer] },
  { matcher: "/store/dealer-orders/:id/cancel", method: ["POST"], middlewares: [requireApprovedDealer] },
  { matcher: "/store/dealer-orders/:id/change/*", method: ["POST"], middlewares: [requireApprovedDealer] },
  // Core's own completion route gets the same stock guard as the submit route.
  { matcher: "/store/carts/:id/complete", method: ["POST"], middlewares: [cartStockLock] },
]
