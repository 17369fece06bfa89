import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { z } from "zod"
import { parseInput } from "../../utils/parse-input"
import { creditSettings } from "../../store/credit/settings"

const Body = z.object({
  hold_orders_when_overdue: z.boolean().optional(),
  bank: z
    .object({ account_name: z.string().trim().max(80), bank_name: z.string().trim().max(80), account_number: z.string().trim().max(40) })
    .optional(),
})

/** GET /admin/credit-settings: the receiving bank account and whether overdue debt holds new orders. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ settings: (await creditSettings(req.scope)).settings })
}

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseInput(Body, req.body)
  const { storeId, metadata, settings } = await creditSettings(req.scope)
  await updateStoresWorkflow(req.scope).run({
    input: { selector: { id: storeId }, update: { metadata: { ...metadata, credit: { ...settings, ...body } } } },
  })
  res.json({ settings: (await creditSettings(req.scope)).settings })
}
