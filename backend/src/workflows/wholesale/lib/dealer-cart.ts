import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { wholesaleError } from "../../../modules/wholesale/wholesale-error"
import { pricingRegion } from "./store-context"

/**
 * The customer's open cart with the given id (another customer's or a
 * completed cart is "not found"), or a new one in the store's region.
 */
export async function openCartOf(
  container: MedusaContainer,
  input: { customerId: string; cartId?: string; salesChannelId?: string }
): Promise<{ id: string; quantities: Map<string, number> }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (input.cartId) {
    const { data } = await query.graph({
      entity: "cart",
      fields: ["id", "customer_id", "completed_at", "items.variant_id", "items.quantity"],
      filters: { id: input.cartId },
    })
    const cart: any = data[0]
    if (!cart || cart.customer_id !== input.customerId || cart.completed_at) {
      throw wholesaleError("cart_not_found", { field: "cart_id" }, "not_found")
    }
    const quantities = new Map<string, number>()
    for (const i of cart.items ?? []) if (i.variant_id) quantities.set(i.variant_id, (quantities.get(i.variant_id) ?? 0) + Number(i.quantity))
    return { id: cart.id, quantities }
  }
  const region = await pricingRegion(container)
  const { result } = await createCartWorkflow(container).run({
    input: {
      region_id: region?.id,
      customer_id: input.customerId,
      sales_channel_id: input.salesChannelId,
    } as any,
  })
  return { id: result.id, quantities: new Map() }
}
