import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { z } from "zod"
import { parseInput } from "../../utils/parse-input"
import { logisticsSettings } from "../../../workflows/logistics/lib/logistics-settings"

const Body = z.object({ auto_receipt_days: z.number().int().min(1).max(60) })

/** GET /admin/logistics-settings: days after delivery before receipt is confirmed for the dealer. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ settings: (await logisticsSettings(req.scope)).settings })
}

/** POST /admin/logistics-settings */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseInput(Body, req.body)
  const { storeId, metadata, settings } = await logisticsSettings(req.scope)
  await updateStoresWorkflow(req.scope).run({
    input: { selector: { id: storeId! }, update: { metadata: { ...metadata, logistics: { ...settings, ...body } } } },
  })
  res.json({ settings: (await logisticsSettings(req.scope)).settings })
}
