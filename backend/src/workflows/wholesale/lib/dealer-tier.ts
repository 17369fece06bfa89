import type { MedusaContainer } from "@medusajs/framework/types"
import { DEALER_MODULE } from "../../../modules/dealer"
import type DealerModuleService from "../../../modules/dealer/service"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"

/** The tier a customer orders in (through its dealer), or null. */
export async function tierOfCustomer(container: MedusaContainer, customerId: string | null | undefined) {
  if (!customerId) return null
  const member = await container.resolve<DealerModuleService>(DEALER_MODULE).retrieveMembership(customerId)
  const groupId = member?.dealer?.tier_group_id
  if (!groupId) return null
  const [tier] = await container.resolve<WholesaleModuleService>(WHOLESALE_MODULE).listTiers({ customer_group_id: groupId })
  return tier ?? null
}
