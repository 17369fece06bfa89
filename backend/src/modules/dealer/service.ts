import { MedusaService } from "@medusajs/framework/utils"
import { Dealer } from "./models/dealer"
import { DealerMember } from "./models/dealer-member"
import { DealerEvent } from "./models/dealer-event"
import { DealerInvitation } from "./models/dealer-invitation"
import { DealerAddress } from "./models/dealer-address"

class DealerModuleService extends MedusaService({ Dealer, DealerMember, DealerEvent, DealerInvitation, DealerAddress }) {
  /** The dealer a customer acts for, with the customer's role, or null. */
  async retrieveMembership(customerId: string) {
    const [member] = await this.listDealerMembers({ customer_id: customerId }, { relations: ["dealer"] })
    return member ?? null
  }
}

export default DealerModuleService
