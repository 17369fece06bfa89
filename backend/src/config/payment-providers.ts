/**
 * Card payments go through Medusa's Stripe provider (our subclass, which can
 * point at another API host) only when a key is configured; the system
 * provider (pp_system_default) is always present, and the dealer payment
 * provider lets an order be submitted now and paid after review.
 */
export function paymentProviders() {
  const providers: { resolve: string; id: string; options: Record<string, unknown> }[] = [
    // Orders are submitted without paying and paid after review (pp_dealer-payment_dealer-payment).
    { resolve: "./src/modules/dealer-payment", id: "dealer-payment", options: {} },
  ]
  if (process.env.STRIPE_API_KEY) {
    providers.push({
      resolve: "./src/modules/card-payment",
      id: "stripe",
      options: {
        apiKey: process.env.STRIPE_API_KEY,
        webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
        // Captured on confirmation: Stripe's payment_intent.succeeded webhook then makes core capture the payment.
        capture: true,
        apiHost: process.env.STRIPE_API_HOST || undefined,
      },
    })
  }
  return providers
}
