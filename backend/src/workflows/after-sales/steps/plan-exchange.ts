import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export type ExchangePlan = {
  order_id: string
  inbound: { id: string; quantity: number }[]
  outbound: { variant_id: string; quantity: number; unit_price: number }[]
  shipping_option_id: string
}

/**
 * An exchange or repair as Medusa's exchange: the dealer's units come back,
 * the same variant goes out at the price paid (so nothing is owed either
 * way), shipped like the order was, at no charge.
 */
export const planExchangeStep = createStep("plan-after-sales-exchange", async (input: { order_id: string; lines: { line_item_id: string; quantity: number }[] }, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "items.id", "items.variant_id", "items.unit_price", "shipping_methods.shipping_option_id"],
    filters: { id: input.order_id },
  })
  const order: any = data[0]
  const shippingOptionId = order?.shipping_methods?.find((m: any) => m.shipping_option_id)?.shipping_option_id
  if (!order || !shippingOptionId) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The order has no shipping method to send the replacement with")
  const outbound = input.lines.map((l) => {
    const item = order.items.find((i: any) => i.id === l.line_item_id)
    if (!item?.variant_id) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Line ${l.line_item_id} has no product variant any more`)
    return { variant_id: item.variant_id as string, quantity: l.quantity, unit_price: Number(item.unit_price) }
  })
  const plan: ExchangePlan = {
    order_id: order.id,
    inbound: input.lines.map((l) => ({ id: l.line_item_id, quantity: l.quantity })),
    outbound,
    shipping_option_id: shippingOptionId,
  }
  return new StepResponse(plan)
})
