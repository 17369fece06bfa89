// Build fails if a client component imports this (Next aliases the module itself).
import "server-only"
import { cache } from "react"
import { getCurrentDealer } from "../auth/dealer"
import { getToken } from "../auth/session"
import { getStoreRegion } from "../data/region"

/**
 * Who may see prices on this request. Only approved dealers: for anyone else
 * price fields are never even requested, so they cannot leak into the page
 * payload (the backend strips them too, but we do not rely on that alone).
 */
export type Buyer = {
  token: string
  regionId: string
  /** Finance members see prices but may not order (docs/dealer-api.md roles). */
  canOrder: boolean
}

export const getBuyer = cache(async (): Promise<Buyer | null> => {
  const token = await getToken()
  if (!token) return null
  // Failures propagate: a backend hiccup must show the error page, not tell an
  // approved dealer "you can order once approved".
  const current = await getCurrentDealer()
  if (current?.dealer.status !== "approved") return null
  const region = await getStoreRegion()
  if (!region) return null
  return { token, regionId: region.id, canOrder: current.member.role !== "finance" }
})
