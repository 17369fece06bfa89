import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "zod"
import { parseInput } from "../../../../utils/parse-input"
import { receiveReturnWorkflow } from "../../../../../workflows/after-sales/receive-return"
import { adminCase } from "../route"

const Body = z.object({
  refund_amount: z.number().min(0).max(1e10).refine((n) => Math.round(n * 100) === n * 100 || Math.abs(Math.round(n * 100) - n * 100) < 1e-6, "at most two decimals").optional(),
  note: z.string().trim().max(500).optional(),
})

/** POST /admin/after-sales/:id/receive: the returned goods arrived; stock back, refund made, case completed. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseInput(Body, req.body)
  await receiveReturnWorkflow(req.scope).run({
    input: { case_id: req.params.id, refund_amount: body.refund_amount ?? null, actor_id: req.auth_context?.actor_id ?? null, note: body.note ?? null },
  })
  res.json({ case: await adminCase(req) })
}
