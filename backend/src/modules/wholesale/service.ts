import { MedusaService } from "@medusajs/framework/utils"
import { Tier } from "./models/tier"
import { VariantRule } from "./models/variant-rule"
import { DealerContract } from "./models/dealer-contract"
import { OrderList, OrderListItem } from "./models/order-list"

class WholesaleModuleService extends MedusaService({ Tier, VariantRule, DealerContract, OrderList, OrderListItem }) {}

export default WholesaleModuleService
