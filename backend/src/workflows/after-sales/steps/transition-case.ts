import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { AFTER_SALES_MODULE } from "../../../modules/after-sales"
import type AfterSalesModuleService from "../../../modules/after-sales/service"
import { afterSalesError, STATUS_LABELS } from "../../../modules/after-sales/messages"

export type TransitionInput = {
  case_id: string
  from: string[]
  to: "accepted" | "rejected" | "received" | "completed" | "canceled"
  action: "accepted" | "rejected" | "received" | "completed" | "canceled"
  actor_type: "dealer" | "staff" | "system"
  actor_id: string | null
  note?: string | null
  /** Dealers may only touch their own company's cases. */
  dealer_id?: string | null
  kind?: string[]
}

/** Moves a case on if it is where the action expects it, recording who and why; undone if a later step fails. */
export const transitionCaseStep = createStep(
  "transition-after-sales-case",
  async (input: TransitionInput, { container }) => {
    const service = container.resolve<AfterSalesModuleService>(AFTER_SALES_MODULE)
    const [c] = await service.listAfterSalesCases({ id: input.case_id, ...(input.dealer_id ? { dealer_id: input.dealer_id } : {}) })
    if (!c) throw afterSalesError("case_not_found", {}, MedusaError.Types.NOT_FOUND)
    if (input.kind && !input.kind.includes(c.kind)) throw afterSalesError("not_a_return")
    if (!input.from.includes(c.status)) {
      if (input.from.includes("accepted") && c.status === "requested") throw afterSalesError("case_not_accepted")
      throw afterSalesError("case_not_open", { status: STATUS_LABELS[c.status].zh, status_en: STATUS_LABELS[c.status].en.toLowerCase() })
    }
    const decided = input.actor_type === "staff" && (input.to === "accepted" || input.to === "rejected")
    await service.updateAfterSalesCases({
      id: c.id,
      status: input.to,
      ...(decided ? { decided_by: input.actor_id, decision_reason: input.note ?? null } : {}),
    })
    const event = await service.createAfterSalesEvents({ case_id: c.id, action: input.action, actor_type: input.actor_type, actor_id: input.actor_id, note: input.note ?? null } as any)
    return new StepResponse(
      { ...c, status: input.to },
      { id: c.id, status: c.status, decided_by: c.decided_by, decision_reason: c.decision_reason, event_id: event.id }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<AfterSalesModuleService>(AFTER_SALES_MODULE)
    await service.deleteAfterSalesEvents(undo.event_id)
    await service.updateAfterSalesCases({ id: undo.id, status: undo.status as any, decided_by: undo.decided_by, decision_reason: undo.decision_reason })
  }
)
