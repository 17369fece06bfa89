import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseInput } from "../../utils/parse-input"
import { requestLocale } from "../../utils/locale"
import { matrixMessage } from "../../../modules/wholesale/matrix-messages"
import { savePriceMatrixWorkflow } from "../../../workflows/wholesale/save-price-matrix"
import { matrixTiers, pageVariantIds, planMatrixSave, readMatrixRows } from "./matrix"
import { MatrixBody, MatrixQuery } from "./validators"

/** GET /admin/price-matrix: variants × tiers with breaks and ordering rules, a page at a time. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { q, offset, limit } = parseInput(MatrixQuery, req.query)
  const tiers = await matrixTiers(req.scope)
  const { ids, count } = await pageVariantIds(req.scope, q, offset, limit)
  const rows = await readMatrixRows(req.scope, tiers, ids)
  res.json({
    currency_code: "cny",
    tiers: tiers.map(({ id, name }) => ({ id, name })),
    rows: rows.map(({ price_set_id: _ps, ...row }) => row),
    count,
    offset,
    limit,
  })
}

/** POST /admin/price-matrix: save edited rows, all or nothing. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { rows } = parseInput(MatrixBody, req.body)
  const tiers = await matrixTiers(req.scope)
  const { problems, plan } = await planMatrixSave(req.scope, tiers, rows)
  if (problems.length) {
    const locale = requestLocale(req)
    return res.status(400).json({
      type: "invalid_data",
      code: "matrix_invalid",
      message: locale === "en" ? "Nothing was saved: fix the marked cells" : "未保存：请修正标出的单元格",
      errors: problems.map((p) => ({ row: p.row, variant_id: p.variant_id, field: p.field, message: matrixMessage(p.code, locale) })),
    })
  }
  await savePriceMatrixWorkflow(req.scope).run({ input: plan })
  res.json({ updated: rows.length })
}
