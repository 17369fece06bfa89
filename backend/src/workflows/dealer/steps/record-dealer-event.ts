import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_MODULE } from "../../../modules/dealer"
import type DealerModuleService from "../../../modules/dealer/service"

export type DealerEventInput = {
  dealer_id: string
  action: string
  actor_type: "staff" | "dealer" | "system"
  actor_id?: string | null
  note?: string | null
  data?: Record<string, unknown> | null
}

export const recordDealerEventStep = createStep(
  "record-dealer-event",
  async (input: DealerEventInput, { container }) => {
    const service = container.resolve<DealerModuleService>(DEALER_MODULE)
    const event = await service.createDealerEvents({
      dealer_id: input.dealer_id,
      action: input.action,
      actor_type: input.actor_type,
      actor_id: input.actor_id ?? null,
      note: input.note ?? null,
      data: input.data ?? null,
    })
    return new StepResponse(event, event.id)
  },
  async (eventId, { container }) => {
    if (!eventId) return
    await container.resolve<DealerModuleService>(DEALER_MODULE).deleteDealerEvents(eventId)
  }
)
