import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "zod"
import { parseInput } from "../../../../../../utils/parse-input"
import { requestLocale } from "../../../../../../utils/locale"
import { photoFiles } from "../../../../../photo-files"
import { confirmReceiptWorkflow } from "../../../../../../../workflows/logistics/confirm-receipt"
import { RECEIPT_ISSUES } from "../../../../../../../workflows/logistics/steps/plan-receipt"
import { localeOf, presentShipments } from "../../../../../../../workflows/logistics/lib/order-shipments"
import { callerDealer } from "../../../../../caller"
import { ownOrder } from "../../../../dealer-order"

const Lines = z
  .array(
    z.object({
      line_item_id: z.string().min(1),
      received: z.number().int().min(0).max(1_000_000),
      issue: z.enum(RECEIPT_ISSUES).optional().nullable(),
      note: z.string().trim().max(500).optional().nullable(),
      photos: z.array(z.number().int()).max(9).optional(),
    })
  )
  .max(500)

/** `lines` arrives as JSON text in a multipart form, or as an array in a JSON body. */
function readLines(body: any) {
  let raw = body?.lines ?? []
  if (typeof raw === "string") {
    try {
      raw = JSON.parse(raw)
    } catch {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "lines: not valid JSON")
    }
  }
  return parseInput(Lines, raw)
}

/** POST /store/dealer-orders/:id/shipments/:shipment_id/receipt: the dealer confirms a package arrived (验收), reporting problems with photos. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const lines = readLines(req.body)
  const { dealerId, customerId } = await callerDealer(req)
  const { order } = await ownOrder(req.scope, dealerId, req.params.id)
  const photos = photoFiles((req as any).files, `receipt-${order.display_id}`)
  await confirmReceiptWorkflow(req.scope).run({
    input: { order_id: order.id, shipment_id: req.params.shipment_id, dealer_id: dealerId, actor_id: customerId, lines, photos, photo_count: photos.length },
  })
  const [shipment] = await presentShipments(req.scope, { id: req.params.shipment_id }, localeOf(requestLocale(req)), { [order.id]: order.display_id })
  res.status(201).json({ shipment })
}
