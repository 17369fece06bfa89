import { getToken } from "@/lib/auth/session"

const BASE = () => (process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")

/**
 * GET …/account/after-sales/:id/photo?file=<file id>: one of the case's photos.
 * The session token lives in an httpOnly cookie, so this forwards it to the
 * backend and streams the image back; the browser never holds the token.
 * The file id is a query parameter, not a path segment, because stored file
 * ids end in ".jpg" and the locale middleware skips paths that look like files.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const file = new URL(request.url).searchParams.get("file")
  if (!file) return Response.json({ code: "file_required", message: "file is required" }, { status: 400 })
  const token = await getToken()
  if (!token) return Response.json({ code: "unauthorized", message: "Sign in first" }, { status: 401 })
  const headers: Record<string, string> = { authorization: `Bearer ${token}` }
  const key = process.env.MEDUSA_PUBLISHABLE_KEY
  if (key) headers["x-publishable-api-key"] = key
  const lang = request.headers.get("accept-language")
  if (lang) headers["accept-language"] = lang
  const path = `/store/after-sales/${encodeURIComponent(id)}/photos/${encodeURIComponent(file)}`
  const res = await fetch(`${BASE()}${path}`, { headers, cache: "no-store", signal: AbortSignal.timeout(30_000) }).catch(() => null)
  if (!res) return Response.json({ code: "unavailable", message: "The photo service is unavailable" }, { status: 502 })
  const type = res.headers.get("content-type") ?? "application/octet-stream"
  if (!res.ok) return new Response(res.body, { status: res.status, headers: { "content-type": type } })
  return new Response(res.body, {
    status: 200,
    headers: {
      "content-type": type,
      // The dealer's own evidence: the browser may keep it, shared caches may not.
      "cache-control": "private, max-age=3600",
      "x-content-type-options": "nosniff",
    },
  })
}
