import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseInput } from "../../../utils/parse-input"
import { wholesaleError } from "../../../../modules/wholesale/wholesale-error"
import { reorderTiersWorkflow } from "../../../../workflows/wholesale/reorder-tiers"
import { ReorderTiersBody } from "../validators"
import { listTiersWithCounts } from "../list-tiers"

/** POST /admin/tiers/reorder: every tier id, in the new order. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { ids } = parseInput(ReorderTiersBody, req.body)
  const all = await listTiersWithCounts(req.scope)
  const known = new Set(all.map((t) => t.id))
  if (ids.length !== all.length || new Set(ids).size !== ids.length || ids.some((id) => !known.has(id))) {
    throw wholesaleError("tier_not_found", { field: "ids" }, "invalid_data")
  }
  await reorderTiersWorkflow(req.scope).run({ input: { ids } })
  res.json({ tiers: await listTiersWithCounts(req.scope) })
}
