import type { MedusaContainer } from "@medusajs/framework/types"
import { LOGISTICS_MODULE } from "../../../modules/logistics"
import type LogisticsModuleService from "../../../modules/logistics/service"
import { presentShipment } from "../../../modules/logistics/present"

/** Every package of the given orders (or the given shipments), presented, oldest shipped first. */
export async function presentShipments(
  container: MedusaContainer,
  filter: { order_id?: string | string[]; id?: string | string[] },
  locale: "zh" | "en" = "zh",
  displayIds: Record<string, number> = {}
) {
  const logistics = container.resolve<LogisticsModuleService>(LOGISTICS_MODULE)
  const shipments = await logistics.listShipments(filter as any, { relations: ["events"], order: { shipped_at: "ASC" }, take: null })
  if (!shipments.length) return []
  const receipts = await logistics.listReceipts({ shipment_id: shipments.map((s) => s.id) }, { take: null })
  const byShipment = new Map(receipts.map((r) => [r.shipment_id, r]))
  return shipments.map((s) => presentShipment(s, byShipment.get(s.id) ?? null, locale, displayIds[s.order_id]))
}

export const localeOf = (l: string): "zh" | "en" => (l === "en" ? "en" : "zh")
