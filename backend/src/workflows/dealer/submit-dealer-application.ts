import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCustomerAccountWorkflow, emitEventStep, uploadFilesStep } from "@medusajs/medusa/core-flows"
import { createDealerStep } from "./steps/create-dealer"
import { recordDealerEventStep } from "./steps/record-dealer-event"
import { attachPhoneLoginStep } from "./steps/attach-phone-login"
import type { DealerApplication } from "../../modules/dealer/types"

export type SubmitDealerApplicationInput = {
  auth_identity_id: string
  // Set when the login is already a customer (e.g. a shopper who now applies).
  customer_id?: string | null
  application: DealerApplication
  license: { filename: string; mimeType: string; content: string }
}

/**
 * A visitor's application: the licence goes to private storage, the login
 * becomes a customer, and the dealer is created pending review with that
 * customer as its owner. Any failure undoes the earlier steps.
 */
export const submitDealerApplicationWorkflow = createWorkflow(
  "submit-dealer-application",
  (input: SubmitDealerApplicationInput) => {
    const fileInput = transform({ input }, ({ input }) => ({
      files: [{ ...input.license, access: "private" as const }],
    }))
    const files = uploadFilesStep(fileInput)

    const customerInput = transform({ input }, ({ input }) => ({
      authIdentityId: input.auth_identity_id,
      customerData: {
        email: input.application.email,
        first_name: input.application.contact_name,
        phone: input.application.mobile,
        company_name: input.application.company_name,
      },
    }))
    const created = when({ input }, ({ input }) => !input.customer_id).then(() =>
      createCustomerAccountWorkflow.runAsStep({ input: customerInput })
    )
    const customer = transform({ input, created }, ({ input, created }) => ({
      id: (input.customer_id ?? created?.id) as string,
    }))

    const dealerInput = transform({ input, files, customer }, ({ input, files, customer }) => ({
      ...input.application,
      license_file_id: files[0].id,
      license_file_name: input.license.filename,
      license_mime: input.license.mimeType,
      owner_customer_id: customer.id,
    }))
    const dealer = createDealerStep(dealerInput)

    const phoneLogin = attachPhoneLoginStep(
      transform({ input }, ({ input }) => ({ auth_identity_id: input.auth_identity_id, phone: input.application.mobile }))
    )

    const eventInput = transform({ dealer, customer, phoneLogin }, ({ dealer, customer, phoneLogin }) => ({
      dealer_id: dealer.id,
      action: "applied",
      actor_type: "dealer" as const,
      actor_id: customer.id,
      data: { uscc_checksum_ok: dealer.uscc_checksum_ok, sms_login: phoneLogin.attached },
    }))
    recordDealerEventStep(eventInput)
    emitEventStep({ eventName: "dealer.applied", data: transform({ dealer }, ({ dealer }) => ({ id: dealer.id })) })

    return new WorkflowResponse(dealer)
  }
)
