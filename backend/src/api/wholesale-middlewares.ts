import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { requireApprovedDealer } from "./store/dealer-access"
import { fileUpload } from "./store/file-upload"
import { cartOwnerOnly } from "./store/cart-owner"

const customer = authenticate("customer", ["bearer", "session"])
const maybeCustomer = authenticate("customer", ["bearer", "session"], { allowUnauthenticated: true })

/** Wholesale pricing and ordering routes: prices for approved dealers, ordering for owners and buyers. */
export const wholesaleMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/wholesale/*", middlewares: [maybeCustomer] },
  { matcher: "/store/carts/:id", middlewares: [maybeCustomer, cartOwnerOnly] },
  { matcher: "/store/carts/:id/*", middlewares: [maybeCustomer, cartOwnerOnly] },
  { matcher: "/store/carts/:id/wholesale-check", middlewares: [customer] },
  { matcher: "/store/quick-order", method: ["POST"], middlewares: [customer, requireApprovedDealer, fileUpload] },
  { matcher: "/store/orders/:id/reorder", method: ["POST"], middlewares: [customer, requireApprovedDealer] },
  { matcher: "/store/order-lists*", middlewares: [customer] },
  { matcher: "/store/order-lists/:id/cart", method: ["POST"], middlewares: [requireApprovedDealer] },
]
