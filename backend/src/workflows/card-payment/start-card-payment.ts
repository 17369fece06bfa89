import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createCardSessionStep } from "./steps/create-card-session"
import { dropCardSessionsStep } from "./steps/drop-card-sessions"
import { findCardSessionStep, type CardSessionInput } from "./steps/find-card-session"

/**
 * Opens (or hands out again) the card payment of an approved order: one
 * Stripe session for what the order's collection still owes. No money moves
 * here; Stripe's webhook completes it. Under a lock per order, so two clicks
 * cannot open two intents.
 */
export const startCardPaymentWorkflow = createWorkflow("start-card-payment", (input: CardSessionInput) => {
  const lockKey = transform({ input }, ({ input }) => `card-payment:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  const found = findCardSessionStep(input)
  const created = when("no-reusable-card-session", { found }, ({ found }) => !found.reusable).then(() => createCardSessionStep(input))
  when("stale-card-sessions", { found }, ({ found }) => found.stale.length > 0).then(() => {
    dropCardSessionsStep(transform({ found }, ({ found }) => found.stale))
  })
  releaseLockStep({ key: lockKey })
  const session = transform({ found, created }, ({ found, created }) => (found.reusable ?? created)!)
  return new WorkflowResponse(session)
})
