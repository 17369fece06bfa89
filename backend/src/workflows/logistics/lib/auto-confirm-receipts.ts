import type { MedusaContainer } from "@medusajs/framework/types"
import { LOGISTICS_MODULE } from "../../../modules/logistics"
import type LogisticsModuleService from "../../../modules/logistics/service"
import { confirmReceiptWorkflow } from "../confirm-receipt"
import { logisticsSettings } from "./logistics-settings"

const DAY = 24 * 60 * 60 * 1000

/** Packages delivered more than `auto_receipt_days` ago that the dealer never checked are received in full, as the terms say. */
export async function autoConfirmReceipts(container: MedusaContainer, now = new Date()) {
  const { settings } = await logisticsSettings(container)
  const logistics = container.resolve<LogisticsModuleService>(LOGISTICS_MODULE)
  const due = await logistics.listShipments({ state: "delivered", delivered_at: { $lte: new Date(now.getTime() - settings.auto_receipt_days * DAY) } } as any, { take: null })
  if (!due.length) return { confirmed: [] as string[] }
  const received = new Set((await logistics.listReceipts({ shipment_id: due.map((s) => s.id) }, { take: null })).map((r) => r.shipment_id))
  const confirmed: string[] = []
  for (const s of due.filter((s) => !received.has(s.id))) {
    try {
      await confirmReceiptWorkflow(container).run({
        input: { order_id: s.order_id, shipment_id: s.id, dealer_id: s.dealer_id, actor_id: null, auto: true, lines: [], photos: [], photo_count: 0 },
      })
      confirmed.push(s.id)
    } catch (e: any) {
      container.resolve("logger").warn(`auto receipt failed for ${s.id}: ${e?.message}`)
    }
  }
  return { confirmed }
}
