/**
 * The provider id Medusa gives our Stripe provider (pp_<identifier>_<id>); the
 * identifier stays Stripe's own so Stripe's webhook URL is
 * /hooks/payment/stripe_stripe, as Medusa documents it.
 */
export const CARD_PROVIDER_ID = "pp_stripe_stripe"
