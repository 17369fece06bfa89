import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, linkCustomersToCustomerGroupStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { changeDealerMemberStep, type ChangeMemberInput } from "./steps/change-member"
import { syncContractGroupStep } from "../wholesale/steps/sync-contract-group"
import { recordDealerEventStep } from "./steps/record-dealer-event"

/** Changes a member's role or removes the member (role null); a removed login loses the tier's prices. */
export const changeDealerMemberWorkflow = createWorkflow(
  "change-dealer-member",
  (input: ChangeMemberInput & { actor_id: string }) => {
    const lockKey = transform({ input }, ({ input }) => `dealer:${input.dealer_id}`)
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
    const changed = changeDealerMemberStep(input)
    const { data: dealers } = useQueryGraphStep({
      entity: "dealer",
      fields: ["id", "tier_group_id"],
      filters: { id: input.dealer_id },
    }).config({ name: "dealer-tier" })
    const unlink = transform({ changed, dealers }, ({ changed, dealers }) => ({
      id: (changed.removed && dealers[0]?.tier_group_id) || "",
      remove: [changed.member.customer_id],
    }))
    when({ unlink }, ({ unlink }) => !!unlink.id).then(() => {
      linkCustomersToCustomerGroupStep(unlink)
    })
    syncContractGroupStep(
      transform({ input, changed }, ({ input, changed }) => ({
        dealer_id: input.dealer_id,
        remove: changed.removed ? [changed.member.customer_id] : [],
      }))
    )
    recordDealerEventStep(
      transform({ input, changed }, ({ input, changed }) => ({
        dealer_id: input.dealer_id,
        action: changed.removed ? "member_removed" : "member_role_changed",
        actor_type: "dealer" as const,
        actor_id: input.actor_id,
        data: { member_id: changed.member.id, customer_id: changed.member.customer_id, from: changed.member.role, to: input.role },
      }))
    )
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(changed)
  }
)
