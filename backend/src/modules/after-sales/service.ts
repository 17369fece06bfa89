import { MedusaService } from "@medusajs/framework/utils"
import { AfterSalesCase } from "./models/after-sales-case"
import { AfterSalesEvent } from "./models/after-sales-event"

export default class AfterSalesModuleService extends MedusaService({ AfterSalesCase, AfterSalesEvent }) {}
