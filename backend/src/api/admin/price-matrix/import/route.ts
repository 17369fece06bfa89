import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parseInput } from "../../../utils/parse-input"
import { requestLocale } from "../../../utils/locale"
import { parseCsv } from "../../../../modules/wholesale/csv"
import { readMatrixCsv, type CsvProblem } from "../../../../modules/wholesale/matrix-csv"
import { matrixMessage } from "../../../../modules/wholesale/matrix-messages"
import { savePriceMatrixWorkflow } from "../../../../workflows/wholesale/save-price-matrix"
import { matrixTiers, planMatrixSave, type MatrixRowInput } from "../matrix"
import { ImportBody } from "../validators"

/**
 * POST /admin/price-matrix/import: the exported CSV, edited. All or nothing:
 * when any row is wrong nothing changes and every wrong cell is reported.
 * Empty tier cells remove that tier's price; empty rule cells remove the rule.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { csv, dry_run } = parseInput(ImportBody, req.body)
  const locale = requestLocale(req)
  const tiers = await matrixTiers(req.scope)
  const { rows, problems } = readMatrixCsv(parseCsv(csv), tiers)

  const skus = rows.map((r) => r.sku)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = skus.length
    ? await query.graph({ entity: "variant", fields: ["id", "sku"], filters: { sku: skus } })
    : { data: [] }
  const variantOf = new Map(variants.map((v: any) => [v.sku as string, v.id as string]))
  const seen = new Set<string>()
  const inputs: (MatrixRowInput & { line: number; sku: string })[] = []
  for (const row of rows) {
    if (seen.has(row.sku)) problems.push({ line: row.line, sku: row.sku, column: "sku", message: "duplicate_sku" })
    seen.add(row.sku)
    const variant_id = variantOf.get(row.sku)
    if (!variant_id) {
      problems.push({ line: row.line, sku: row.sku, column: "sku", message: "unknown_sku" })
      continue
    }
    inputs.push({ line: row.line, sku: row.sku, variant_id, base_amount: row.base_amount, rules: row.rules, prices: row.prices })
  }
  const { problems: logic, plan } = await planMatrixSave(req.scope, tiers, inputs)
  const tierName = new Map(tiers.map((t) => [t.id, t.name]))
  for (const p of logic) {
    const input = inputs[p.row]
    const [, tierId] = p.field.split(".")
    const column = p.field.startsWith("prices.")
      ? `${tierName.get(tierId) ?? tierId}${p.field.includes("breaks") ? " breaks" : ""}`
      : p.field.replace(/^rules\./, "").replace("base_amount", "base_price")
    problems.push({ line: input.line, sku: input.sku, column, message: p.code })
  }
  const errors = problems
    .sort((a: CsvProblem, b: CsvProblem) => a.line - b.line)
    .map((p) => ({ ...p, message: matrixMessage(p.message, locale) }))
  const applied = !dry_run && errors.length === 0 && inputs.length > 0
  if (applied) await savePriceMatrixWorkflow(req.scope).run({ input: plan })
  res.status(errors.length ? 400 : 200).json({ applied, dry_run, rows: rows.length, errors })
}
