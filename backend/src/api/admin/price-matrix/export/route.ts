import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { formatCsv } from "../../../../modules/wholesale/csv"
import { matrixToCsvRows } from "../../../../modules/wholesale/matrix-csv"
import { matrixTiers, pageVariantIds, readMatrixRows } from "../matrix"

const PAGE = 500

/** GET /admin/price-matrix/export: the whole matrix as CSV (the import format). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const tiers = await matrixTiers(req.scope)
  const rows: Awaited<ReturnType<typeof readMatrixRows>> = []
  for (let offset = 0; ; offset += PAGE) {
    const { ids, count } = await pageVariantIds(req.scope, undefined, offset, PAGE)
    rows.push(...(await readMatrixRows(req.scope, tiers, ids)))
    if (offset + PAGE >= count) break
  }
  const date = new Date().toISOString().slice(0, 10)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="price-matrix-${date}.csv"`)
  res.send(formatCsv(matrixToCsvRows(tiers, rows)))
}
