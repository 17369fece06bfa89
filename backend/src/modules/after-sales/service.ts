import { MedusaService } from "@medusajs/framework/utils"
import { AfterSalesCase } from "./models/after-sales-case"

export default class AfterSalesModuleService extends MedusaService({ AfterSalesCase }) {}
