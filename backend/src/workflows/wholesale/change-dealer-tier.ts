import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { setDealerTierStep } from "../dealer/steps/set-dealer-tier"
import { recordDealerEventStep } from "../dealer/steps/record-dealer-event"
import { moveCustomersBetweenGroupsStep } from "./steps/move-customers-between-groups"

export type ChangeDealerTierInput = {
  dealer_id: string
  from_group_id: string | null
  to_group_id: string
  actor_id: string
  note?: string | null
  from_name?: string | null
  to_name: string
}

/** Moves an approved dealer and all its logins to another tier, recorded in its history. */
export const changeDealerTierWorkflow = createWorkflow("change-dealer-tier", (input: ChangeDealerTierInput) => {
  const lockKey = transform({ input }, ({ input }) => `dealer:${input.dealer_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  const dealer = setDealerTierStep(transform({ input }, ({ input }) => ({ dealer_id: input.dealer_id, tier_group_id: input.to_group_id })))
  const { data: members } = useQueryGraphStep({
    entity: "dealer_member",
    fields: ["customer_id"],
    filters: { dealer_id: input.dealer_id },
  })
  const ids = transform({ members }, ({ members }) => members.map((m: any) => m.customer_id as string))
  moveCustomersBetweenGroupsStep(
    transform({ input, ids }, ({ input, ids }) => ({ from_group_id: input.from_group_id, to_group_id: input.to_group_id, customer_ids: ids }))
  )
  recordDealerEventStep(
    transform({ input }, ({ input }) => ({
      dealer_id: input.dealer_id,
      action: "tier_changed",
      actor_type: "staff" as const,
      actor_id: input.actor_id,
      note: input.note ?? null,
      data: { from: input.from_name ?? null, to: input.to_name, tier_group_id: input.to_group_id },
    }))
  )
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(dealer)
})
