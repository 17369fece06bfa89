import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { SEARCH_TEXT_SQL } from "./triggers"

export type CatalogOrder = "created_at" | "-created_at" | "title" | "-title"

export type CatalogFilter = {
  salesChannelIds: string[]
  categoryIds?: string[]
  q?: string
  handle?: string
  order: CatalogOrder
  limit: number
  offset: number
}

const ORDER_SQL: Record<CatalogOrder, string> = {
  created_at: "p.created_at ASC, p.id ASC",
  "-created_at": "p.created_at DESC, p.id DESC",
  title: "p.title ASC, p.id ASC",
  "-title": "p.title DESC, p.id DESC",
}

const likePattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (c) => "\\" + c)}%`

/**
 * One page of published product ids in the caller's sales channels, with the total, in
 * one statement: what a dealer may browse is decided here, in SQL, before any paging.
 */
export async function findProductIds(knex: Knex, f: CatalogFilter): Promise<{ ids: string[]; count: number }> {
  const where: string[] = ["p.deleted_at IS NULL", "p.status = 'published'"]
  const args: unknown[] = []
  if (f.salesChannelIds.length) {
    where.push(`EXISTS (SELECT 1 FROM product_sales_channel psc WHERE psc.product_id = p.id AND psc.deleted_at IS NULL AND psc.sales_channel_id = ANY(?))`)
    args.push(f.salesChannelIds)
  }
  if (f.categoryIds?.length) {
    where.push(`EXISTS (SELECT 1 FROM product_category_product pcp WHERE pcp.product_id = p.id AND pcp.product_category_id = ANY(?))`)
    args.push(f.categoryIds)
  }
  if (f.handle) {
    where.push("p.handle = ?")
    args.push(f.handle)
  }
  if (f.q) {
    const like = likePattern(f.q)
    where.push(
      `(${SEARCH_TEXT_SQL} LIKE ? OR EXISTS (SELECT 1 FROM product_variant v WHERE v.product_id = p.id AND v.deleted_at IS NULL AND (lower(coalesce(v.sku, '')) LIKE ? OR v.barcode LIKE ? OR v.ean LIKE ?)))`
    )
    args.push(like, like, like, like)
  }
  const sql = `SELECT p.id, count(*) OVER () AS total FROM product p WHERE ${where.join(" AND ")} ORDER BY ${ORDER_SQL[f.order]} LIMIT ? OFFSET ?`
  const { rows } = await knex.raw(sql, [...args, f.limit, f.offset] as any[])
  if (rows.length || f.offset === 0) return { ids: rows.map((r: any) => r.id), count: Number(rows[0]?.total ?? 0) }
  // Past the last page the window count has no row to ride on.
  const counted = await knex.raw(`SELECT count(*) AS total FROM product p WHERE ${where.join(" AND ")}`, args as any[])
  return { ids: [], count: Number(counted.rows[0].total) }
}
