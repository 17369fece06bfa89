import { CARD_PROVIDER_ID } from "./constants"

export type OnlineMethod = {
  method: string
  provider_id: string
  /** Stripe payment method types the payment intent allows. */
  payment_method_types: string[]
}

/**
 * Ways to pay online, each offered only when its provider is configured. Card
 * now; WeChat Pay and Alipay (also Stripe payment method types) slot in here.
 */
const ONLINE_METHODS: (OnlineMethod & { configured: () => boolean })[] = [
  { method: "card", provider_id: CARD_PROVIDER_ID, payment_method_types: ["card"], configured: () => !!process.env.STRIPE_API_KEY },
]

export function onlineMethods(): OnlineMethod[] {
  return ONLINE_METHODS.filter((m) => m.configured()).map(({ configured: _, ...m }) => m)
}

export function onlineMethod(method: string): OnlineMethod | null {
  return onlineMethods().find((m) => m.method === method) ?? null
}

/** The online method a payment was made with (whether or not it is still configured), or null for our own providers. */
export function onlineMethodOfProvider(providerId: string): string | null {
  return ONLINE_METHODS.find((m) => m.provider_id === providerId)?.method ?? null
}
