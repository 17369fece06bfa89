import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DEALER_MODULE } from "../../modules/dealer"
import type DealerModuleService from "../../modules/dealer/service"
import { dealerMessage } from "../../modules/dealer/messages"
import { requestLocale } from "../utils/locale"

type Membership = Awaited<ReturnType<DealerModuleService["retrieveMembership"]>> | null

/** The signed-in customer's dealer membership, looked up once per request. */
export async function callerMembership(req: MedusaRequest): Promise<Membership> {
  const r = req as MedusaRequest & { dealerMembership?: Promise<Membership> }
  const auth = (req as any).auth_context
  if (!auth?.actor_id || auth.actor_type !== "customer") return null
  r.dealerMembership ??= req.scope.resolve<DealerModuleService>(DEALER_MODULE).retrieveMembership(auth.actor_id)
  return r.dealerMembership
}

/** Prices and ordering belong to members of approved dealers only; the status is read on every request. */
export async function isApprovedDealer(req: MedusaRequest): Promise<boolean> {
  return (await callerMembership(req))?.dealer?.status === "approved"
}

const ORDERING_ROLES = ["owner", "buyer"]

/** Ordering needs an approved dealer and a role that buys; finance members see but do not order. */
export async function requireApprovedDealer(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const member = await callerMembership(req)
  const code =
    member?.dealer?.status !== "approved" ? "dealer_not_approved" : !ORDERING_ROLES.includes(member.role) ? "role_not_allowed" : null
  if (!code) return next()
  res.status(403).json({ type: "forbidden", code, message: dealerMessage(code, requestLocale(req)) })
}

/** Creating a cart is harmless; creating one that already holds items is ordering. */
export async function requireApprovedDealerForItems(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const items = (req.body as any)?.items
  if (!Array.isArray(items) || items.length === 0) return next()
  return requireApprovedDealer(req, res, next)
}

/** Paying and topping up is for any member of an approved dealer (finance members pay). */
export async function requireApprovedMember(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const member = await callerMembership(req)
  if (member?.dealer?.status === "approved") return next()
  res.status(403).json({ type: "forbidden", code: "dealer_not_approved", message: dealerMessage("dealer_not_approved", requestLocale(req)) })
}
