import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AFTER_SALES_MODULE } from "../../../modules/after-sales"
import type AfterSalesModuleService from "../../../modules/after-sales/service"

type Planned = { line_item_id: string; title: string; sku: string | null; unit_price: number; quantity: number; note: string | null; photo_indexes: number[] }

/** The case and its first history line; removed again if a later step fails. */
export const createCaseStep = createStep(
  "create-after-sales-case",
  async (input: { order_id: string; dealer_id: string; actor_id: string; kind: string; reason: string; planned: Planned[]; photo_ids: string[] }, { container }) => {
    const service = container.resolve<AfterSalesModuleService>(AFTER_SALES_MODULE)
    const lines = input.planned.map(({ photo_indexes, ...l }) => ({ ...l, photos: photo_indexes.map((i) => input.photo_ids[i]) }))
    const created = await service.createAfterSalesCases({
      order_id: input.order_id,
      dealer_id: input.dealer_id,
      kind: input.kind as any,
      reason: input.reason.trim(),
      lines: lines as any,
      created_by: input.actor_id,
    })
    await service.createAfterSalesEvents({ case_id: created.id, action: "requested", actor_type: "dealer", actor_id: input.actor_id, note: input.reason.trim() } as any)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service = container.resolve<AfterSalesModuleService>(AFTER_SALES_MODULE)
    const events = await service.listAfterSalesEvents({ case_id: id } as any)
    if (events.length) await service.deleteAfterSalesEvents(events.map((e) => e.id))
    await service.deleteAfterSalesCases(id)
  }
)
