import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_MODULE } from "../../../modules/dealer"
import type DealerModuleService from "../../../modules/dealer/service"
import { dealerError } from "../../../modules/dealer/messages"
import type { DealerApplication } from "../../../modules/dealer/types"

export type CreateDealerInput = DealerApplication & {
  license_file_id: string
  license_file_name: string
  license_mime: string
  owner_customer_id: string
}

// Medusa maps PostgreSQL unique violations (23505) to "… already exists." errors.
const isUniqueViolation = (e: any) => e?.code === "23505" || /unique|duplicate|already exists/i.test(String(e?.message))

/** Creates the dealer with its owner; the unique USCC index settles races between two applications. */
export const createDealerStep = createStep(
  "create-dealer",
  async (input: CreateDealerInput, { container }) => {
    const service = container.resolve<DealerModuleService>(DEALER_MODULE)
    const { owner_customer_id, ...data } = input
    if ((await service.listDealers({ uscc: data.uscc }, { take: 1 })).length) throw dealerError("uscc_taken")
    if (await service.retrieveMembership(owner_customer_id)) throw dealerError("already_dealer")
    let dealer
    try {
      dealer = await service.createDealers({ ...data, status: "pending" })
    } catch (e) {
      if (isUniqueViolation(e)) throw dealerError("uscc_taken")
      throw e
    }
    try {
      await service.createDealerMembers({ dealer_id: dealer.id, customer_id: owner_customer_id, role: "owner" })
    } catch (e) {
      await service.deleteDealers(dealer.id)
      if (isUniqueViolation(e)) throw dealerError("already_dealer")
      throw e
    }
    return new StepResponse(dealer, dealer.id)
  },
  async (dealerId, { container }) => {
    if (!dealerId) return
    const service = container.resolve<DealerModuleService>(DEALER_MODULE)
    const members = await service.listDealerMembers({ dealer_id: dealerId })
    await service.deleteDealerMembers(members.map((m) => m.id))
    await service.deleteDealers(dealerId)
  }
)
