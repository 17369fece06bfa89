import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { replaceListPricesStep, type ReplaceListPricesInput } from "./steps/replace-list-prices"
import { setBasePricesStep, type BasePriceInput } from "./steps/set-base-prices"
import { upsertVariantRulesStep, type VariantRuleInput } from "./steps/upsert-variant-rules"

export type SavePriceMatrixInput = { lists: ReplaceListPricesInput; base: BasePriceInput; rules: VariantRuleInput }

/**
 * Applies a validated batch of matrix rows: tier prices and breaks, base
 * prices and ordering rules, all or nothing, one batch at a time.
 */
export const savePriceMatrixWorkflow = createWorkflow("save-price-matrix", (input: SavePriceMatrixInput) => {
  acquireLockStep({ key: "wholesale:price-matrix", timeout: 30, ttl: 120 })
  const prices = replaceListPricesStep(input.lists)
  setBasePricesStep(input.base)
  upsertVariantRulesStep(input.rules)
  releaseLockStep({ key: "wholesale:price-matrix" })
  return new WorkflowResponse(prices)
})
