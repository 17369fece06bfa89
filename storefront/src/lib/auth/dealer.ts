// Build fails if a client component imports this (Next aliases the module itself).
import "server-only"
import { cache } from "react"
import { backend } from "./backend"
import { getToken } from "./session"

export const DEALER_STATUSES = ["pending", "info_requested", "approved", "rejected", "suspended"] as const
export type DealerStatus = (typeof DEALER_STATUSES)[number]

/** What GET /store/dealers/me returns of the company (docs/dealer-api.md). */
export type Dealer = {
  id: string
  company_name: string
  uscc: string
  uscc_checksum_ok: boolean
  contact_name: string
  mobile: string
  email: string
  province: string
  city: string
  district: string
  address: string
  status: DealerStatus
  tier_group_id: string | null
  credit_limit: number | string | null
  payment_terms_days: number | null
  review_note: string | null
  reviewed_at: string | null
  license_file_name: string | null
  license_mime: string | null
  created_at: string
  updated_at: string
}

export type DealerEvent = { action: string; note: string | null; created_at: string }
export type MemberRole = "owner" | "buyer" | "finance"
export type CurrentDealer = { dealer: Dealer; member: { role: MemberRole }; events: DealerEvent[] }

/**
 * The signed-in dealer, or null when signed out, the token is no longer
 * valid, or the login belongs to no dealer. Cached per request: the header
 * and the page share one call.
 */
export const getCurrentDealer = cache(async (): Promise<CurrentDealer | null> => {
  const token = await getToken()
  if (!token) return null
  const res = await backend<CurrentDealer>("/store/dealers/me", { token })
  if (res.ok) return res.data
  if (res.status === 401 || res.status === 404) return null
  throw new Error(`GET /store/dealers/me answered ${res.status}`)
})

/** The header's short name: legal-form suffixes add length, not meaning. */
export function shortCompanyName(name: string): string {
  const short = name
    .replace(/(股份)?有限(责任)?公司$/, "")
    .replace(/[,，]?\s*(co\.?,?\s*)?(ltd\.?|limited|inc\.?)$/i, "")
    .trim()
  return short || name
}
