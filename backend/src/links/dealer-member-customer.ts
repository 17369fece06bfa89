import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import DealerModule from "../modules/dealer"

// Read-only: the member row already holds customer_id, so no pivot table is needed.
export default defineLink(
  { linkable: DealerModule.linkable.dealerMember, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
