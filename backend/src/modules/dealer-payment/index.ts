import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import DealerPaymentProvider from "./service"

export default ModuleProvider(Modules.PAYMENT, { services: [DealerPaymentProvider] })
