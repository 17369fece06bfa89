import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import DealerModule from "../modules/dealer"

// The dealer's tier is a customer group; the dealer row holds its id.
export default defineLink(
  { linkable: DealerModule.linkable.dealer, field: "tier_group_id" },
  CustomerModule.linkable.customerGroup,
  { readOnly: true }
)
