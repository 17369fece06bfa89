// Build fails if a client component imports this (Next aliases the module itself).
import "server-only"
import { backend } from "../auth/backend"
import { getToken } from "../auth/session"
import type { ShippingChoice } from "./types"

type CoreOption = {
  id: string
  name: string
  amount?: number | null
  calculated_price?: { calculated_amount?: number | null } | null
  type?: { code?: string | null; description?: string | null } | null
}

/** Core's shipping options for the cart (GET /store/shipping-options); null when the route fails. */
export async function getShippingChoices(cartId: string, locale: string): Promise<ShippingChoice[] | null> {
  const token = await getToken()
  if (!token) return null
  const res = await backend<{ shipping_options: CoreOption[] }>(
    `/store/shipping-options?cart_id=${encodeURIComponent(cartId)}`,
    { token, locale }
  ).catch(() => null)
  if (!res?.ok) return null
  return (res.data.shipping_options ?? []).map((o) => ({
    id: o.id,
    name: o.name,
    code: o.type?.code ?? null,
    description: o.type?.description ?? null,
    amount: o.calculated_price?.calculated_amount ?? o.amount ?? null,
  }))
}
