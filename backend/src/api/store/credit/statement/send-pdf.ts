import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FONT_MISSING, findCjkFont } from "../../../../lib/pdf/cjk-font"
import { statementPdf } from "../../../../modules/credit/statement-pdf"
import { requestLocale } from "../../../utils/locale"
import type { PresentedStatement } from "./statement"

/**
 * Answers with the statement as a PDF file, for the dealer's and the staff
 * route alike (each has already checked who may see which account). Without a
 * Chinese font it refuses with 503 rather than printing empty boxes.
 */
export async function sendStatementPdf(req: MedusaRequest, res: MedusaResponse, s: PresentedStatement) {
  const font = findCjkFont()
  if (!font) {
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn("Statement PDF refused: no Chinese font found. Install fonts-noto-cjk or set PDF_CJK_FONT=/path/font.ttc#PostScriptName")
    return res.status(503).json({ type: "unavailable", code: FONT_MISSING.code, message: requestLocale(req) === "en" ? FONT_MISSING.en : FONT_MISSING.zh })
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // The ledger knows orders by id; the dealer by number.
  const ids = [...new Set([...s.lines.map((l) => l.order_id), ...s.open_items.map((i) => i.order_id)].filter((id): id is string => !!id))]
  const orders = ids.length ? (await query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: ids } })).data : []
  const [store] = (await query.graph({ entity: "store", fields: ["name"] })).data
  const pdf = await statementPdf(
    {
      ...s,
      brand: store?.name || "DealerMall",
      order_numbers: new Map(orders.map((o: any) => [o.id as string, Number(o.display_id)])),
      generated_at: new Date(),
    },
    font
  )
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename=statement-${s.month}.pdf`)
  res.setHeader("Content-Length", String(pdf.length))
  res.setHeader("Cache-Control", "no-store")
  res.send(pdf)
}
