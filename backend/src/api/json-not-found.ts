import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * When no route matches, Express's final handler answers with an HTML page
 * ("Cannot GET /x"). API clients expect JSON, so that one answer is rewritten
 * into Medusa's error shape. Every other response passes through untouched.
 */
export function jsonNotFound(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const end = res.end.bind(res) as (...args: unknown[]) => MedusaResponse
  ;(res as any).end = (chunk?: unknown, ...rest: unknown[]) => {
    const text = typeof chunk === "string" ? chunk : Buffer.isBuffer(chunk) ? chunk.toString() : ""
    if (res.statusCode === 404 && /<pre>Cannot [A-Z]+ /.test(text) && !res.headersSent) {
      const body = JSON.stringify({
        type: "not_found",
        message: `${req.method} ${req.path} does not exist`,
      })
      res.setHeader("Content-Type", "application/json; charset=utf-8")
      res.setHeader("Content-Length", Buffer.byteLength(body))
      res.removeHeader("Content-Security-Policy")
      return end(body)
    }
    return end(chunk, ...rest)
  }
  next()
}
