import { defineMiddlewares } from "@medusajs/framework/http"
import { jsonNotFound } from "./json-not-found"
import { paginationGuard } from "./pagination-guard"
import { priceGate } from "./store/price-gate"

/** Every custom middleware is composed here, one entry per matcher. */
export default defineMiddlewares({
  routes: [
    { matcher: "/store/*", middlewares: [jsonNotFound, paginationGuard] },
    { matcher: "/admin/*", middlewares: [jsonNotFound, paginationGuard] },
    { matcher: "/auth/*", middlewares: [jsonNotFound] },
    // All store routes, so that a new core route cannot leak prices by default.
    { matcher: "/store/*", middlewares: [priceGate()] },
  ],
})
