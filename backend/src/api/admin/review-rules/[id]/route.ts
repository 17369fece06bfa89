import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseInput } from "../../../utils/parse-input"
import { ORDER_REVIEW_MODULE } from "../../../../modules/order-review"
import type OrderReviewModuleService from "../../../../modules/order-review/service"
import { reviewError } from "../../../../modules/order-review/messages"
import { presentRule, RuleUpdateBody } from "../validators"

async function find(req: AuthenticatedMedusaRequest) {
  const [rule] = await req.scope.resolve<OrderReviewModuleService>(ORDER_REVIEW_MODULE).listReviewRules({ id: req.params.id })
  if (!rule) throw reviewError("rule_not_found", {}, "not_found")
  return rule
}

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseInput(RuleUpdateBody, req.body)
  const rule = await find(req)
  const updated = await req.scope.resolve<OrderReviewModuleService>(ORDER_REVIEW_MODULE).updateReviewRules({ id: rule.id, ...body })
  res.json({ rule: presentRule(updated) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const rule = await find(req)
  await req.scope.resolve<OrderReviewModuleService>(ORDER_REVIEW_MODULE).deleteReviewRules(rule.id)
  res.json({ id: rule.id, object: "review_rule", deleted: true })
}
