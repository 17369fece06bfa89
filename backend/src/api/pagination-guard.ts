import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

const PARAMS = ["limit", "offset"] as const

/**
 * Core list validators let a negative `limit` or `offset` through to
 * PostgreSQL, which then fails with a 500. Such input is the caller's mistake,
 * so it is answered with a 400 that names the parameter.
 */
export function paginationGuard(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method !== "GET") return next()
  for (const name of PARAMS) {
    const raw = (req.query as Record<string, unknown>)[name]
    if (raw === undefined) continue
    if (typeof raw !== "string" || !/^\d+$/.test(raw)) {
      res.status(400).json({
        type: "invalid_data",
        message: `${name} must be a whole number of 0 or more, got ${JSON.stringify(raw)}`,
      })
      return
    }
  }
  next()
}
