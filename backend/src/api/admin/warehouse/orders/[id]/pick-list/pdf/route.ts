import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FONT_MISSING, findCjkFont } from "../../../../../../../lib/pdf/cjk-font"
import { pickListPdf } from "../../../../../../../modules/logistics/pick-list-pdf"
import { requestLocale } from "../../../../../../utils/locale"
import { pickListView } from "../../../../../../../workflows/logistics/lib/pick-list-view"

/** GET /admin/warehouse/orders/:id/pick-list/pdf: the pick list as a printable A4 PDF. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const font = findCjkFont()
  if (!font) {
    res.status(503).json({ type: "unavailable", code: FONT_MISSING.code, message: requestLocale(req) === "en" ? FONT_MISSING.en : FONT_MISSING.zh })
    return
  }
  const data = await pickListView(req.scope, req.params.id)
  const [store] = (await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "store", fields: ["name"] })).data
  const pdf = await pickListPdf({ brand: store?.name || "DealerMall", ...data, printed_at: new Date() }, font)
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `inline; filename=pick-list-${data.order.display_id}.pdf`)
  res.setHeader("Cache-Control", "no-store")
  res.send(pdf)
}
