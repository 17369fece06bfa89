import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

/** The catalog is open to visitors (without prices) and prices it for signed-in approved dealers. */
export const catalogMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/catalog/*",
    method: ["GET"],
    middlewares: [authenticate("customer", ["bearer", "session"], { allowUnauthenticated: true })],
  },
]
