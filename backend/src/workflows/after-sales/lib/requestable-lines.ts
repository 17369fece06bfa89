import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LOGISTICS_MODULE } from "../../../modules/logistics"
import type LogisticsModuleService from "../../../modules/logistics/service"
import { AFTER_SALES_MODULE } from "../../../modules/after-sales"
import type AfterSalesModuleService from "../../../modules/after-sales/service"

export type RequestableLine = { line_item_id: string; title: string; sku: string | null; unit_price: number; received: number; requested: number; available: number }

/**
 * What a dealer may still ask after-sales for, per order line: what it
 * confirmed receiving, less what its open or settled requests already hold.
 */
export async function requestableLines(container: MedusaContainer, orderId: string): Promise<RequestableLine[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "items.id", "items.title", "items.product_title", "items.variant_title", "items.variant_sku", "items.unit_price"],
    filters: { id: orderId },
  })
  const receipts = await container.resolve<LogisticsModuleService>(LOGISTICS_MODULE).listReceipts({ order_id: orderId }, { take: null })
  const cases = await container
    .resolve<AfterSalesModuleService>(AFTER_SALES_MODULE)
    .listAfterSalesCases({ order_id: orderId, kind: ["return", "exchange", "repair"], status: ["requested", "accepted", "received", "completed"] }, { take: null })
  const sum = (rows: any[], id: string, field: string) => rows.filter((l) => l.line_item_id === id).reduce((s, l) => s + Number(l[field] ?? 0), 0)
  const received = receipts.flatMap((r) => ((r.lines as unknown) as any[]) ?? [])
  const requested = cases.flatMap((c) => ((c.lines as unknown) as any[]) ?? [])
  return ((data[0]?.items ?? []) as any[]).map((i) => {
    const got = sum(received, i.id, "received")
    const asked = sum(requested, i.id, "quantity")
    return {
      line_item_id: i.id,
      title: [i.product_title ?? i.title, i.variant_title].filter(Boolean).join(" "),
      sku: i.variant_sku ?? null,
      unit_price: Number(i.unit_price),
      received: got,
      requested: asked,
      available: Math.max(0, got - asked),
    }
  })
}
