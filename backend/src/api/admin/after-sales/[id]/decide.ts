import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "zod"
import { parseInput } from "../../../utils/parse-input"
import { afterSalesError } from "../../../../modules/after-sales/messages"
import { decideAfterSalesWorkflow } from "../../../../workflows/after-sales/decide-after-sales"
import { returnShipping } from "../../../../workflows/after-sales/lib/return-option"
import { loadCase } from "../../../../workflows/after-sales/lib/load-cases"
import { adminCase } from "./route"

const Body = z.object({ note: z.string().trim().max(500).optional(), reason: z.string().trim().max(500).optional() })

const MOVES = {
  accept: { from: ["requested"], to: "accepted", action: "accepted" },
  reject: { from: ["requested"], to: "rejected", action: "rejected" },
  complete: { from: ["accepted", "received"], to: "completed", action: "completed" },
} as const

/** Staff accept, reject (with a reason) or complete a case; accepting a return opens Medusa's return. */
export function decide(move: keyof typeof MOVES) {
  return async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
    const body = parseInput(Body, req.body)
    const note = (move === "reject" ? body.reason ?? body.note : body.note ?? body.reason) || null
    if (move === "reject" && !note) throw afterSalesError("reason_required", {}, MedusaError.Types.INVALID_DATA)
    const c = await loadCase(req.scope, req.params.id)
    if (move === "complete" && c.kind === "return") throw afterSalesError("case_not_open", { status: "退货（请收货退款）", status_en: "a return (receive it instead)" })
    const m = MOVES[move]
    await decideAfterSalesWorkflow(req.scope).run({
      input: {
        case_id: c.id,
        from: [...m.from],
        to: m.to,
        action: m.action,
        actor_type: "staff",
        actor_id: req.auth_context?.actor_id ?? null,
        note,
        return_shipping: move === "accept" && c.kind !== "receipt_discrepancy" ? await returnShipping(req.scope) : null,
      },
    })
    res.json({ case: await adminCase(req) })
  }
}
