import "server-only"

/**
 * Stripe's publishable key, read when the page is rendered: `npm start` reuses
 * one build for any deployment (as with the Medusa publishable key), and Next
 * inlines `process.env.NEXT_PUBLIC_…` at build time unless it is looked up by a
 * computed name. Null when card payments are not set up for the storefront.
 */
export function stripePublishableKey(): string | null {
  const name = "NEXT_PUBLIC_STRIPE_KEY"
  return process.env[name] || null
}
