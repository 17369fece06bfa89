// Build fails if a client component imports this (Next aliases the module itself).
import "server-only"
import { headers } from "next/headers"

// Direct fetches for the auth and dealer routes: the js-sdk keeps its token in
// memory or browser storage, which is wrong for a server shared by all users.
const BASE = () => (process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")

/** The backend's error body (see docs/dealer-api.md). */
export type ApiError = { type?: string; code?: string; message?: string; field?: string; retry_after?: number }

export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; error: ApiError }

type Options = {
  method?: "GET" | "POST" | "DELETE"
  token?: string | null
  /** The page's locale, so refusals come back in the reader's language. */
  locale?: string
  json?: unknown
  form?: FormData
}

/**
 * The visitor's address for the backend's per-client limits (SMS codes): every
 * request reaches it from this server, so without this all visitors share one
 * quota. The backend trusts one proxy hop and reads the last entry.
 */
async function clientAddress(): Promise<string | null> {
  const h = await headers()
  const chain = h.get("x-forwarded-for")
  const last = chain?.split(",").map((s) => s.trim()).filter(Boolean).pop()
  return last || h.get("x-real-ip")
}

export async function backend<T>(path: string, options: Options = {}): Promise<ApiResult<T>> {
  const h: Record<string, string> = { accept: "application/json" }
  const key = process.env.MEDUSA_PUBLISHABLE_KEY
  if (key) h["x-publishable-api-key"] = key
  if (options.token) h.authorization = `Bearer ${options.token}`
  if (options.locale) h["accept-language"] = options.locale === "en" ? "en" : "zh-CN"
  const ip = await clientAddress().catch(() => null)
  if (ip) h["x-forwarded-for"] = ip
  let body: BodyInit | undefined
  if (options.form) body = options.form
  else if (options.json !== undefined) {
    h["content-type"] = "application/json"
    body = JSON.stringify(options.json)
  }
  const res = await fetch(`${BASE()}${path}`, {
    method: options.method ?? (body ? "POST" : "GET"),
    headers: h,
    body,
    cache: "no-store",
    signal: AbortSignal.timeout(30_000),
  })
  const parsed = await res.json().catch(() => ({}))
  if (res.ok) return { ok: true, status: res.status, data: parsed as T }
  return { ok: false, status: res.status, error: (parsed ?? {}) as ApiError }
}
