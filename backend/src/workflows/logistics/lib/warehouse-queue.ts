import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEALER_MODULE } from "../../../modules/dealer"
import type DealerModuleService from "../../../modules/dealer/service"
import { LOGISTICS_MODULE } from "../../../modules/logistics"
import type LogisticsModuleService from "../../../modules/logistics/service"
import { ORDER_REVIEW_MODULE } from "../../../modules/order-review"
import type OrderReviewModuleService from "../../../modules/order-review/service"
import { describeWarehouseOrder, WAREHOUSE_FIELDS } from "./warehouse-order"

export const WAREHOUSE_STAGES = ["to_pick", "to_pack", "to_ship", "shipped"] as const
export type WarehouseStage = (typeof WAREHOUSE_STAGES)[number]

/** Which shelf of the queue an order sits on. */
export function stageOf(remaining: number, progress: { picked_at?: unknown; packed_at?: unknown } | undefined): WarehouseStage {
  if (remaining === 0) return "shipped"
  if (progress?.packed_at) return "to_ship"
  if (progress?.picked_at) return "to_pack"
  return "to_pick"
}

export type QueueRow = {
  id: string
  display_id: number
  created_at: unknown
  approved_at: unknown
  dealer: { id: string; company_name: string } | null
  paid: boolean
  payment_method: string | null
  stage: WarehouseStage
  picked_at: unknown
  packed_at: unknown
  item_count: number
  remaining_count: number
  shipping_address: unknown
  lines: import("./warehouse-order").WarehouseLine[]
}

const WINDOW = 1000

/**
 * Approved orders with units still to ship, newest approvals first: what the open stages
 * can hold. Decided in SQL, so years of shipped orders cost nothing here.
 */
async function openApprovedOrderIds(container: MedusaContainer): Promise<string[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `SELECT r.order_id FROM order_review r
       JOIN "order" o ON o.id = r.order_id AND o.deleted_at IS NULL AND o.status NOT IN ('canceled', 'archived', 'draft')
      WHERE r.status = 'approved' AND r.deleted_at IS NULL
        AND EXISTS (SELECT 1 FROM order_item oi WHERE oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
                    AND oi.quantity > oi.fulfilled_quantity)
      ORDER BY r.updated_at DESC LIMIT ?`,
    [WINDOW]
  )
  return rows.map((r: any) => r.order_id)
}

/**
 * Orders the warehouse may work on (approved, and paid or on account), newest
 * approvals first, with their stage. `open` keeps to orders with units left to ship
 * (the picking, packing and shipping shelves); otherwise the newest 1,000 approvals.
 */
export async function warehouseQueue(container: MedusaContainer, orderIds?: string[], { open = false } = {}) {
  if (!orderIds && open) {
    orderIds = await openApprovedOrderIds(container)
    if (!orderIds.length) return []
  }
  const reviews = await container
    .resolve<OrderReviewModuleService>(ORDER_REVIEW_MODULE)
    .listOrderReviews({ status: "approved", ...(orderIds ? { order_id: orderIds } : {}) }, { order: { updated_at: "DESC" }, take: WINDOW })
  if (!reviews.length) return []
  const ids = reviews.map((r) => r.order_id)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: WAREHOUSE_FIELDS, filters: { id: ids } })
  const byId = new Map(data.map((o: any) => [o.id, o]))
  const logistics = container.resolve<LogisticsModuleService>(LOGISTICS_MODULE)
  const progress = new Map((await logistics.listWarehouseProgresses({ order_id: ids }, { take: null })).map((p) => [p.order_id, p]))
  const dealerIds = [...new Set(reviews.map((r) => r.dealer_id).filter(Boolean))] as string[]
  const dealers = new Map((await container.resolve<DealerModuleService>(DEALER_MODULE).listDealers({ id: dealerIds }, { take: null })).map((d) => [d.id, d]))
  const rows: QueueRow[] = []
  for (const review of reviews) {
    const raw = byId.get(review.order_id)
    if (!raw) continue
    const w = describeWarehouseOrder(raw, review)
    if (!w.ready) continue
    const remaining = w.lines.reduce((s, l) => s + l.remaining, 0)
    const p = progress.get(w.order.id)
    const dealer = review.dealer_id ? dealers.get(review.dealer_id) : null
    rows.push({
      id: w.order.id,
      display_id: w.order.display_id,
      created_at: w.order.created_at,
      approved_at: review.updated_at,
      dealer: dealer ? { id: dealer.id, company_name: dealer.company_name } : null,
      paid: w.paid,
      payment_method: w.order.metadata?.payment_method ?? null,
      stage: stageOf(remaining, p),
      picked_at: p?.picked_at ?? null,
      packed_at: p?.packed_at ?? null,
      item_count: w.lines.reduce((s, l) => s + l.quantity, 0),
      remaining_count: remaining,
      shipping_address: w.order.shipping_address ?? null,
      lines: w.lines,
    })
  }
  return rows
}
