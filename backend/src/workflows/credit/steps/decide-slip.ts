import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREDIT_MODULE } from "../../../modules/credit"
import type CreditModuleService from "../../../modules/credit/service"
import { creditError } from "../../../modules/credit/credit-error"

const DONE: Record<string, string> = { confirmed: "已确认", rejected: "已驳回" }

/** Finance confirms or rejects a pending slip, once; compensation puts it back to pending. */
export const decideSlipStep = createStep(
  "decide-payment-slip",
  async (input: { slip_id: string; decision: "confirmed" | "rejected"; actor_id: string; reason?: string | null }, { container }) => {
    const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
    const [slip] = await credit.listPaymentSlips({ id: input.slip_id })
    if (!slip) throw creditError("slip_not_found", {}, "not_found")
    if (slip.status !== "pending") throw creditError("slip_decided", { status: DONE[slip.status] ?? slip.status, status_en: slip.status })
    const updated = await credit.updatePaymentSlips({
      id: slip.id,
      status: input.decision,
      decided_by: input.actor_id,
      decided_at: new Date(),
      reason: input.reason ?? null,
    })
    return new StepResponse(updated, slip.id)
  },
  async (id, { container }) => {
    if (id) {
      await container
        .resolve<CreditModuleService>(CREDIT_MODULE)
        .updatePaymentSlips({ id, status: "pending", decided_by: null, decided_at: null, reason: null })
    }
  }
)
