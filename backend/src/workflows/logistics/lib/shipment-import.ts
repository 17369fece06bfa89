import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parseCsv } from "../../../modules/wholesale/csv"
import { carrierOf } from "../../../modules/logistics/carriers"
import { LOGISTICS_MESSAGES } from "../../../modules/logistics/messages"
import { parseCodedError, fillMessage, clean } from "../../../utils/coded-error"
import { planShipment } from "../steps/plan-shipment"
import { shipOrderWorkflow } from "../ship-order"

export type ImportRow = { row: number; order: string; carrier: string; tracking_number: string; ok: boolean; code?: string; message?: string; shipment_id?: string }

const HEADER = /order|订单/i

/**
 * Ships from a CSV of `order,carrier,tracking_number[,estimated_arrival]`,
 * each row all that remains of its order. Rows are independent: a bad row is
 * reported and the others still ship. A dry run only checks.
 */
export async function importShipments(container: MedusaContainer, csv: string, opts: { dryRun: boolean; actorId: string | null; provider: string; locale: "zh" | "en" }) {
  const rows = parseCsv(csv)
  const body = rows.length && HEADER.test(rows[0][0] ?? "") ? rows.slice(1) : rows
  const offset = rows.length - body.length + 1
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const report: ImportRow[] = []
  for (const [i, cols] of body.entries()) {
    const [orderRef = "", carrierRef = "", number = "", eta = ""] = cols.map((c) => c.trim())
    const line: ImportRow = { row: i + offset, order: orderRef, carrier: carrierRef, tracking_number: number, ok: false }
    report.push(line)
    const displayId = Number(orderRef.replace(/^#/, ""))
    const { data } = Number.isInteger(displayId) && displayId > 0 ? await query.graph({ entity: "order", fields: ["id"], filters: { display_id: displayId } as any }) : { data: [] }
    if (!data[0]) {
      Object.assign(line, { code: "order_not_found", message: opts.locale === "en" ? `No order #${orderRef}` : `订单 #${orderRef} 不存在` })
      continue
    }
    const input = {
      order_id: data[0].id as string,
      carrier_code: carrierOf(carrierRef)?.code ?? carrierRef,
      tracking_number: number,
      estimated_arrival: /^\d{4}-\d{2}-\d{2}$/.test(eta) ? eta : null,
      actor_id: opts.actorId,
    }
    try {
      if (opts.dryRun) await planShipment(container, input)
      else line.shipment_id = (await shipOrderWorkflow(container).run({ input: { ...input, provider: opts.provider } })).result.id
      line.ok = true
    } catch (e: any) {
      const coded = parseCodedError(e?.message, LOGISTICS_MESSAGES)
      line.code = coded?.code ?? "error"
      line.message = coded ? fillMessage(LOGISTICS_MESSAGES[coded.code as keyof typeof LOGISTICS_MESSAGES][opts.locale], clean(coded.details)) : String(e?.message ?? e)
    }
  }
  return { rows: report, created: report.filter((r) => r.shipment_id).length }
}
