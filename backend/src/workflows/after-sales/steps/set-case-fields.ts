import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AFTER_SALES_MODULE } from "../../../modules/after-sales"
import type AfterSalesModuleService from "../../../modules/after-sales/service"

type Fields = { id: string; return_id?: string | null; refund_amount?: number | null; refund_method?: string | null }

/** Records what core did for the case (its return, the refund); restored if a later step fails. */
export const setCaseFieldsStep = createStep(
  "set-after-sales-fields",
  async (input: Fields, { container }) => {
    const service = container.resolve<AfterSalesModuleService>(AFTER_SALES_MODULE)
    const [before] = await service.listAfterSalesCases({ id: input.id })
    await service.updateAfterSalesCases(input as any)
    return new StepResponse(input, { id: input.id, return_id: before.return_id, refund_amount: before.refund_amount as any, refund_method: before.refund_method })
  },
  async (before, { container }) => {
    if (before) await container.resolve<AfterSalesModuleService>(AFTER_SALES_MODULE).updateAfterSalesCases(before as any)
  }
)
