import { MedusaService } from "@medusajs/framework/utils"
import { CreditAccount } from "./models/credit-account"
import { CreditEntry } from "./models/credit-entry"
import { PaymentSlip } from "./models/payment-slip"

class CreditModuleService extends MedusaService({ CreditAccount, CreditEntry, PaymentSlip }) {}

export default CreditModuleService
