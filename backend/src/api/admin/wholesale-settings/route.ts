import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { z } from "zod"
import { parseInput } from "../../utils/parse-input"
import { wholesaleSettings } from "../../../workflows/wholesale/lib/store-context"

const Body = z.object({
  stock_display: z.enum(["level", "exact"]).optional(),
  low_stock_threshold: z.number().int().min(0).max(1_000_000).optional(),
})

/** GET /admin/wholesale-settings: how dealers see stock. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ settings: (await wholesaleSettings(req.scope)).settings })
}

/** POST /admin/wholesale-settings */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseInput(Body, req.body)
  const { storeId, metadata, settings } = await wholesaleSettings(req.scope)
  await updateStoresWorkflow(req.scope).run({
    input: { selector: { id: storeId! }, update: { metadata: { ...(metadata ?? {}), wholesale: { ...settings, ...body } } } },
  })
  res.json({ settings: (await wholesaleSettings(req.scope)).settings })
}
