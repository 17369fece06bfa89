import { createRequire } from "module"
import StripeProviders, { discoveryPath } from "@medusajs/medusa/payment-stripe"

export type CardPaymentOptions = {
  apiKey: string
  webhookSecret?: string
  /** Capture when the card is confirmed: the order is already approved, so nothing waits for a manual capture. */
  capture?: boolean
  /** Another Stripe API base, e.g. http://127.0.0.1:12111 (stripe-mock in staging, a fake in tests). */
  apiHost?: string
}

type StripeProviderClass = new (container: Record<string, unknown>, options: CardPaymentOptions) => { stripe_: unknown }

// Medusa's Stripe provider, taken from its module export (the package exports no class by name).
const StripeProviderService = (StripeProviders as unknown as { services: (StripeProviderClass & { identifier: string })[] }).services.find(
  (s) => s.identifier === "stripe"
)!

// The provider's own copy of the Stripe SDK: a client of another version could send requests it does not expect.
const Stripe = createRequire(discoveryPath)("stripe")

/**
 * Medusa's Stripe card provider, unchanged except that it can talk to another
 * API host: StripeBase builds its client from the key alone, so one pointed at
 * `apiHost` replaces it. Without `apiHost` this is exactly the core provider.
 */
class CardPaymentProvider extends StripeProviderService {
  static identifier = "stripe"

  constructor(container: Record<string, unknown>, options: CardPaymentOptions) {
    super(container, options)
    if (options.apiHost) {
      const url = new URL(options.apiHost)
      this.stripe_ = new Stripe(options.apiKey, {
        host: url.hostname,
        port: url.port || (url.protocol === "http:" ? "80" : "443"),
        protocol: url.protocol.replace(":", ""),
      })
    }
  }
}

export default CardPaymentProvider
