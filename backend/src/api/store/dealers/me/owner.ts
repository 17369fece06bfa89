import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { dealerError } from "../../../../modules/dealer/messages"
import { callerMembership } from "../../dealer-access"

/** The caller's membership; throws unless the caller is a member (and, when asked, an owner). */
export async function requireMembership(req: AuthenticatedMedusaRequest, { owner = false } = {}) {
  const member = await callerMembership(req)
  if (!member) throw dealerError("no_dealer")
  if (owner && member.role !== "owner") throw dealerError("owner_only")
  return member
}
