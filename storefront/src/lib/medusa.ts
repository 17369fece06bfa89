// Build fails if a client component imports this (Next aliases the module itself).
import "server-only"
import Medusa from "@medusajs/js-sdk"

// Server-only: imported by server components and src/lib/data. Env vars are
// read when the server starts (pages are dynamic), so one build serves any
// backend/key and the publishable key never lands in a client bundle.
export const sdk = new Medusa({
  baseUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
  publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY,
})
