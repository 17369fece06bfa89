import type { MedusaRequest } from "@medusajs/framework/http"
import { callerMembership } from "./dealer-access"
import { dealerError } from "../../modules/dealer/messages"

/** The signed-in customer and the dealer it acts for; 404 `no_dealer` without one. */
export async function callerDealer(req: MedusaRequest) {
  const member = await callerMembership(req)
  if (!member?.dealer) throw dealerError("no_dealer")
  return { customerId: member.customer_id, dealerId: member.dealer.id as string, member }
}

export const salesChannelOf = (req: MedusaRequest): string | undefined =>
  (req as any).publishable_key_context?.sales_channel_ids?.[0]
