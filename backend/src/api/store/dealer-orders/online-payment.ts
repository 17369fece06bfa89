import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { onlineMethodOfProvider } from "../../../modules/card-payment/online-methods"

/** The order's captured online payment (card): which method and when, for the payment view; null if none. */
export async function capturedOnlinePayment(container: MedusaContainer, orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["payment_collections.payments.provider_id", "payment_collections.payments.captured_at"],
    filters: { id: orderId },
  })
  const payment = ((data[0] as any)?.payment_collections ?? [])
    .flatMap((pc: any) => pc.payments ?? [])
    .find((p: any) => p.captured_at && onlineMethodOfProvider(p.provider_id))
  return payment ? { method: onlineMethodOfProvider(payment.provider_id)!, paid_at: payment.captured_at as string } : null
}
