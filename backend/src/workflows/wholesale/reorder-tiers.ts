import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateTiersStep } from "./steps/update-tiers"

/** Gives tiers ranks 1..n in the order given. */
export const reorderTiersWorkflow = createWorkflow("reorder-wholesale-tiers", (input: { ids: string[] }) => {
  const updates = transform({ input }, ({ input }) => input.ids.map((id, i) => ({ id, rank: i + 1 })))
  return new WorkflowResponse(updateTiersStep(updates))
})
