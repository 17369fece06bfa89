// Build fails if a client component imports this (Next aliases the module itself).
import "server-only"
import { cookies, headers } from "next/headers"

// The Medusa customer JWT lives only in an httpOnly cookie: client JS never
// sees it, and only server actions / route handlers may change it.
export const SESSION_COOKIE = "dm_token"
const FALLBACK_MAX_AGE = 60 * 60 * 24 // Medusa's default JWT lifetime

/** Seconds until the JWT's `exp`, so the cookie never outlives the token. */
function maxAgeOf(token: string): number {
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8"))
    if (typeof payload.exp === "number") return Math.max(0, payload.exp - Math.floor(Date.now() / 1000))
  } catch {
    // Not a JWT we can read: fall back to a day.
  }
  return FALLBACK_MAX_AGE
}

/** `Secure` only over https: a dev server on http://localhost must still keep the cookie. */
export async function isHttps(): Promise<boolean> {
  const h = await headers()
  const proto = h.get("x-forwarded-proto")?.split(",")[0].trim()
  if (proto) return proto === "https"
  return (h.get("origin") ?? h.get("referer") ?? "").startsWith("https:")
}

export async function getToken(): Promise<string | null> {
  return (await cookies()).get(SESSION_COOKIE)?.value || null
}

/** Server actions and route handlers only (Next forbids setting cookies while rendering). */
export async function setToken(token: string): Promise<void> {
  const secure = await isHttps()
  ;(await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    maxAge: maxAgeOf(token),
  })
}

export async function clearToken(): Promise<void> {
  ;(await cookies()).delete(SESSION_COOKIE)
}

/** The customer id a token names, or null for an identity that has not applied yet. */
export function actorId(token: string): string | null {
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8"))
    return typeof payload.actor_id === "string" && payload.actor_id.length > 0 ? payload.actor_id : null
  } catch {
    return null
  }
}

/** Whether a token names a customer, or only an auth identity that has not applied yet. */
export function hasActor(token: string): boolean {
  return actorId(token) !== null
}
