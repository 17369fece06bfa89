import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseInput } from "../../utils/parse-input"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"
import { wholesaleError } from "../../../modules/wholesale/wholesale-error"
import { createTierWorkflow } from "../../../workflows/wholesale/create-tier"
import { CreateTierBody } from "./validators"
import { listTiersWithCounts } from "./list-tiers"

/** GET /admin/tiers: every tier in rank order. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ tiers: await listTiersWithCounts(req.scope) })
}

/** POST /admin/tiers: a new tier with its customer group and price list. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseInput(CreateTierBody, req.body)
  const wholesale = req.scope.resolve<WholesaleModuleService>(WHOLESALE_MODULE)
  const [same] = await wholesale.listTiers({ name: body.name })
  if (same) throw wholesaleError("tier_name_taken", { field: "name" }, "conflict")
  const { result } = await createTierWorkflow(req.scope).run({ input: body })
  const [tier] = await listTiersWithCounts(req.scope, [result.id])
  res.status(201).json({ tier })
}
