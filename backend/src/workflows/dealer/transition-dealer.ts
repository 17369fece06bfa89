import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  emitEventStep,
  linkCustomersToCustomerGroupStep,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { TRANSITIONS } from "../../modules/dealer/transitions"
import { transitionDealerStep, type TransitionDealerInput } from "./steps/transition-dealer"
import { recordDealerEventStep } from "./steps/record-dealer-event"

export type TransitionDealerWorkflowInput = TransitionDealerInput & { actor_type: "staff" | "dealer" }

/**
 * One review decision (approve, reject, request information, suspend,
 * reinstate) or the dealer's resubmission, under a per-dealer lock so two
 * concurrent decisions cannot both apply. Approval puts the dealer's logins in
 * the tier's customer group, which is what prices them.
 */
export const transitionDealerWorkflow = createWorkflow(
  "transition-dealer",
  (input: TransitionDealerWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => `dealer:${input.dealer_id}`)
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })

    const result = transitionDealerStep(input)

    const { data: members } = useQueryGraphStep({
      entity: "dealer_member",
      fields: ["customer_id"],
      filters: { dealer_id: input.dealer_id },
    })
    const tierLink = transform({ input, members }, ({ input, members }) => ({
      id: String(input.changes?.tier_group_id ?? ""),
      add: members.map((m: any) => m.customer_id as string),
    }))
    when({ input, tierLink }, ({ input, tierLink }) => input.action === "approve" && !!tierLink.id).then(() => {
      linkCustomersToCustomerGroupStep(tierLink)
    })

    const eventInput = transform({ input }, ({ input }) => ({
      dealer_id: input.dealer_id,
      action: TRANSITIONS[input.action].event,
      actor_type: input.actor_type,
      actor_id: input.actor_id,
      note: input.note ?? null,
      data: input.changes ?? null,
    }))
    recordDealerEventStep(eventInput)

    const eventName = transform({ input }, ({ input }) => `dealer.${TRANSITIONS[input.action].event}`)
    emitEventStep({ eventName, data: transform({ input }, ({ input }) => ({ id: input.dealer_id })) })

    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(result.dealer)
  }
)
