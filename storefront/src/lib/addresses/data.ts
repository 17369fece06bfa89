// Build fails if a client component imports this (Next aliases the module itself).
import "server-only"
import { backend } from "../auth/backend"
import { getToken } from "../auth/session"
import type { Address } from "./types"

/** The company's addresses, default first; null when the route fails. */
export async function getAddresses(locale: string): Promise<Address[] | null> {
  const token = await getToken()
  if (!token) return null
  const res = await backend<{ addresses: Address[] }>("/store/dealers/me/addresses", { token, locale }).catch(() => null)
  return res?.ok ? res.data.addresses ?? [] : null
}
