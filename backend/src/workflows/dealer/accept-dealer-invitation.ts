import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createCustomerAccountWorkflow,
  linkCustomersToCustomerGroupStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { claimInvitationStep } from "./steps/claim-invitation"
import { addDealerMemberStep } from "./steps/add-member"
import { syncContractGroupStep } from "../wholesale/steps/sync-contract-group"
import { recordDealerEventStep } from "./steps/record-dealer-event"
import { hashInvitationToken } from "./steps/create-invitation"

export type AcceptInvitationInput = {
  token: string
  auth_identity_id: string
  // Set when the login is already a customer; otherwise one is created from `profile`.
  customer_id: string | null
  profile: { email: string; first_name: string; last_name?: string; phone?: string | null }
}

/**
 * The invitee joins: the token is used up, the login becomes a customer if it
 * is new, it joins the dealer with the invited role, and it is priced like
 * the dealer's tier when the dealer is approved.
 */
export const acceptDealerInvitationWorkflow = createWorkflow(
  "accept-dealer-invitation",
  (input: AcceptInvitationInput) => {
    const lockKey = transform({ input }, ({ input }) => `dealer-invitation:${hashInvitationToken(input.token)}`)
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
    const invitation = claimInvitationStep(
      transform({ input }, ({ input }) => ({ token: input.token, customer_id: input.customer_id }))
    )
    const created = when({ input }, ({ input }) => !input.customer_id).then(() =>
      createCustomerAccountWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({ authIdentityId: input.auth_identity_id, customerData: input.profile })),
      })
    )
    const customerId = transform({ input, created }, ({ input, created }) => (input.customer_id ?? created?.id) as string)
    const member = addDealerMemberStep(
      transform({ invitation, customerId }, ({ invitation, customerId }) => ({
        dealer_id: invitation.dealer.id,
        customer_id: customerId,
        role: invitation.role,
        invitation_id: invitation.id,
      }))
    )
    const tierLink = transform({ invitation, customerId }, ({ invitation, customerId }) => ({
      id: invitation.dealer.status === "approved" || invitation.dealer.status === "suspended" ? invitation.dealer.tier_group_id ?? "" : "",
      add: [customerId],
    }))
    when({ tierLink }, ({ tierLink }) => !!tierLink.id).then(() => {
      linkCustomersToCustomerGroupStep(tierLink)
    })
    syncContractGroupStep(
      transform({ invitation, customerId }, ({ invitation, customerId }) => ({ dealer_id: invitation.dealer.id, add: [customerId] }))
    )
    recordDealerEventStep(
      transform({ invitation, customerId }, ({ invitation, customerId }) => ({
        dealer_id: invitation.dealer.id,
        action: "member_joined",
        actor_type: "dealer" as const,
        actor_id: customerId,
        data: { role: invitation.role },
      }))
    )
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(member)
  }
)
