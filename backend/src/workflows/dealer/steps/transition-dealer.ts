import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_MODULE } from "../../../modules/dealer"
import type DealerModuleService from "../../../modules/dealer/service"
import { dealerError } from "../../../modules/dealer/messages"
import { canTransition, TRANSITIONS, type DealerAction } from "../../../modules/dealer/transitions"

export type TransitionDealerInput = {
  dealer_id: string
  action: DealerAction
  actor_id: string | null
  note?: string | null
  // Application fields changed by the dealer on resubmission, or approval terms set by staff.
  changes?: Record<string, unknown>
}

const REVIEW_FIELDS = ["status", "review_note", "reviewed_by", "reviewed_at"] as const

/** Moves a dealer along the review state machine; refuses moves the machine does not allow. */
export const transitionDealerStep = createStep(
  "transition-dealer",
  async (input: TransitionDealerInput, { container }) => {
    const service = container.resolve<DealerModuleService>(DEALER_MODULE)
    const [dealer] = await service.listDealers({ id: input.dealer_id })
    if (!dealer) throw dealerError("dealer_not_found")
    if (!canTransition(dealer.status, input.action)) {
      throw dealerError("illegal_transition", { status: dealer.status })
    }
    const staffDecision = input.action !== "resubmit"
    const changes = input.changes ?? {}
    const previous = Object.fromEntries(
      [...REVIEW_FIELDS, ...Object.keys(changes)].map((k) => [k, (dealer as any)[k]])
    )
    const updated = await service.updateDealers({
      id: dealer.id,
      ...changes,
      status: TRANSITIONS[input.action].to,
      ...(staffDecision
        ? { review_note: input.note ?? null, reviewed_by: input.actor_id, reviewed_at: new Date() }
        : {}),
    })
    return new StepResponse({ dealer: updated, previousStatus: dealer.status }, { id: dealer.id, previous })
  },
  async (snapshot, { container }) => {
    if (!snapshot) return
    await container.resolve<DealerModuleService>(DEALER_MODULE).updateDealers({ id: snapshot.id, ...snapshot.previous })
  }
)
