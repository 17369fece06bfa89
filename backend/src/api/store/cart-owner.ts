import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { wholesaleMessage } from "../../modules/wholesale/messages"
import { requestLocale } from "../utils/locale"

/**
 * Core lets anyone who knows a cart's id read and change it. A dealer's cart
 * (one with a customer) answers only to that customer: anyone else gets 404.
 */
export async function cartOwnerOnly(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const id = req.params.id
  if (!id) return next()
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["customer_id"],
    filters: { id },
  })
  const owner = (data[0] as any)?.customer_id
  const caller = (req as any).auth_context?.actor_type === "customer" ? (req as any).auth_context.actor_id : null
  if (owner && owner !== caller) {
    return res.status(404).json({ type: "not_found", code: "cart_not_found", message: wholesaleMessage("cart_not_found", requestLocale(req)) })
  }
  next()
}
