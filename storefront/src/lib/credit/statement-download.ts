import "server-only"
import { getToken } from "@/lib/auth/session"
import { isMonth } from "@/lib/credit/month"

const BASE = () => (process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")

const TYPES = { csv: "text/csv; charset=utf-8", pdf: "application/pdf" } as const

/**
 * The dealer's statement file (CSV or PDF) for the route handlers under
 * /api/statement. The session token lives in an httpOnly cookie the browser
 * cannot hand to the backend, so this forwards it and streams the backend's
 * file through; the backend's refusals (403 for buyers, 503 without a PDF
 * font) pass through as it worded them.
 */
export async function forwardStatement(request: Request, format: keyof typeof TYPES): Promise<Response> {
  const month = new URL(request.url).searchParams.get("month")
  if (!isMonth(month)) return Response.json({ code: "month_invalid", message: "month must be YYYY-MM" }, { status: 400 })
  const token = await getToken()
  if (!token) return Response.json({ code: "unauthorized", message: "Sign in first" }, { status: 401 })
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: TYPES[format].split(";")[0] }
  const key = process.env.MEDUSA_PUBLISHABLE_KEY
  if (key) headers["x-publishable-api-key"] = key
  const lang = request.headers.get("accept-language")
  if (lang) headers["accept-language"] = lang
  const res = await fetch(`${BASE()}/store/credit/statement/${format}?month=${month}`, {
    headers,
    cache: "no-store",
    signal: AbortSignal.timeout(30_000),
  }).catch(() => null)
  if (!res) return Response.json({ code: "unavailable", message: "The statement service is unavailable" }, { status: 502 })
  if (!res.ok) return new Response(res.body, { status: res.status, headers: { "content-type": res.headers.get("content-type") ?? "application/json" } })
  return new Response(res.body, {
    status: 200,
    headers: {
      "content-type": res.headers.get("content-type") ?? TYPES[format],
      "content-disposition": res.headers.get("content-disposition") ?? `attachment; filename="statement-${month}.${format}"`,
      "cache-control": "no-store",
    },
  })
}
