import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInvitationStep, type CreateInvitationInput } from "./steps/create-invitation"
import { recordDealerEventStep } from "./steps/record-dealer-event"

/** The owner invites a colleague; the raw token is returned once for the link or code. */
export const inviteDealerMemberWorkflow = createWorkflow("invite-dealer-member", (input: CreateInvitationInput) => {
  const created = createInvitationStep(input)
  recordDealerEventStep(
    transform({ input }, ({ input }) => ({
      dealer_id: input.dealer_id,
      action: "member_invited",
      actor_type: "dealer" as const,
      actor_id: input.invited_by,
      note: [input.email, input.phone].filter(Boolean).join(" / "),
      data: { role: input.role },
    }))
  )
  return new WorkflowResponse(created)
})
