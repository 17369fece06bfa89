import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseInput } from "../../utils/parse-input"
import { ORDER_REVIEW_MODULE } from "../../../modules/order-review"
import type OrderReviewModuleService from "../../../modules/order-review/service"
import { presentRule, RuleBody } from "./validators"

/** GET /admin/review-rules: auto-approval rules, oldest first (the first that fits decides). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const rules = await req.scope.resolve<OrderReviewModuleService>(ORDER_REVIEW_MODULE).listReviewRules({}, { order: { created_at: "ASC" }, take: null })
  res.json({ rules: rules.map(presentRule) })
}

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseInput(RuleBody, req.body)
  const rule = await req.scope.resolve<OrderReviewModuleService>(ORDER_REVIEW_MODULE).createReviewRules(body)
  res.status(201).json({ rule: presentRule(rule) })
}
