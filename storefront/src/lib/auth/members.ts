// Build fails if a client component imports this (Next aliases the module itself).
import "server-only"
import { backend } from "./backend"
import type { MemberRole } from "./dealer"
import { getToken } from "./session"

export type Member = {
  id: string
  role: MemberRole
  email: string | null
  first_name: string | null
  last_name: string | null
  phone: string | null
  is_me: boolean
}
export type Invitation = { id: string; email: string | null; phone: string | null; role: MemberRole; expires_at: string }
export type MemberList = { members: Member[]; invitations: Invitation[] }

/** GET /store/dealers/me/members: any member may look; null when signed out or no longer a member. */
export async function getMembers(locale: string): Promise<MemberList | null> {
  const token = await getToken()
  if (!token) return null
  const res = await backend<MemberList>("/store/dealers/me/members", { token, locale })
  if (res.ok) return res.data
  if (res.status === 401 || res.status === 404) return null
  throw new Error(`GET /store/dealers/me/members answered ${res.status}`)
}

export const memberName = (m: Member) =>
  [m.last_name, m.first_name].filter(Boolean).join("") || m.email || m.phone || m.id
