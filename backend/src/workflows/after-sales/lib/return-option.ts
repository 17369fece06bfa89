import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * The shipping option accepted returns travel back on (Medusa needs one; the
 * seed makes 售后退货) and the stock location it delivers to: core's return
 * keeps only a location it is given, and cannot be received without one.
 */
export async function returnShipping(container: MedusaContainer): Promise<{ option_id: string; location_id: string }> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "shipping_option",
    fields: ["id", "rules.attribute", "rules.value", "service_zone.fulfillment_set.location.id"],
  })
  const option: any = data.find((o: any) => (o.rules ?? []).some((r: any) => r.attribute === "is_return" && String(r.value) === "true"))
  const location = option?.service_zone?.fulfillment_set?.location?.id
  if (!option || !location) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "No return shipping option with a stock location is set up (is_return = true)")
  return { option_id: option.id, location_id: location }
}
