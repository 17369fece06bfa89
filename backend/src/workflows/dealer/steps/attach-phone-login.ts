import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"

export const PHONE_PROVIDER = "phone-otp"

/**
 * Lets the applicant also sign in with an SMS code to the mobile number. A
 * number already bound to another login is left there: the application still
 * goes ahead and the owner signs in by e-mail.
 */
export const attachPhoneLoginStep = createStep(
  "attach-phone-login",
  async (input: { auth_identity_id: string; phone: string }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const taken = await auth.listProviderIdentities({ provider: PHONE_PROVIDER, entity_id: input.phone })
    if (taken.length) return new StepResponse({ attached: false }, null)
    const [identity] = await auth.createProviderIdentities([
      { provider: PHONE_PROVIDER, entity_id: input.phone, auth_identity_id: input.auth_identity_id, provider_metadata: {} },
    ])
    return new StepResponse({ attached: true }, identity.id)
  },
  async (identityId, { container }) => {
    if (identityId) await container.resolve(Modules.AUTH).deleteProviderIdentities([identityId])
  }
)
