import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"
import type { OrderingRule } from "../../../modules/wholesale/rules"

export type VariantRuleInput = (OrderingRule & { variant_id: string })[]

/** Sets variants' ordering rules (all nulls removes them); compensation restores the previous rules. */
export const upsertVariantRulesStep = createStep(
  "upsert-variant-rules",
  async (input: VariantRuleInput, { container }) => {
    const wholesale = container.resolve<WholesaleModuleService>(WHOLESALE_MODULE)
    if (!input.length) return new StepResponse(0, { previous: [], created: [] })
    const existing = await wholesale.listVariantRules({ variant_id: input.map((i) => i.variant_id) }, { take: null })
    const byVariant = new Map(existing.map((r) => [r.variant_id, r]))
    const previous = existing.map((r) => ({ id: r.id, min_quantity: r.min_quantity, multiple: r.multiple, max_quantity: r.max_quantity }))
    const created: string[] = []
    for (const rule of input) {
      const found = byVariant.get(rule.variant_id)
      const data = { min_quantity: rule.min_quantity, multiple: rule.multiple, max_quantity: rule.max_quantity }
      if (found) await wholesale.updateVariantRules({ id: found.id, ...data })
      else created.push((await wholesale.createVariantRules({ variant_id: rule.variant_id, ...data })).id)
    }
    return new StepResponse(input.length, { previous, created })
  },
  async (undo, { container }) => {
    if (!undo) return
    const wholesale = container.resolve<WholesaleModuleService>(WHOLESALE_MODULE)
    if (undo.created.length) await wholesale.deleteVariantRules(undo.created)
    for (const p of undo.previous) await wholesale.updateVariantRules(p)
  }
)
