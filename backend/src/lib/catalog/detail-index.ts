import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { type CatalogProduct, loadProducts } from "./load-products"

export type DetailIndex = {
  byHandle: Map<string, { product: CatalogProduct; channels: Set<string> }>
  priceSetIds: string[]
}

// Above this many published products a process would hold too much: product pages then
// read one product at a time.
const MAX_PRODUCTS = 20_000

/**
 * Every published product's page content, read in one pass. Product pages are visited
 * all over the catalog, so one entry per page would mostly miss; kept per catalog
 * version, this answers any page from memory, and one price map per price identity
 * prices it.
 */
export async function loadDetailIndex(knex: Knex): Promise<DetailIndex | null> {
  const { rows } = await knex.raw(`SELECT id FROM product WHERE deleted_at IS NULL AND status = 'published' LIMIT ?`, [MAX_PRODUCTS + 1])
  if (rows.length > MAX_PRODUCTS) return null
  const ids = rows.map((r: any) => r.id as string)
  const [products, links] = await Promise.all([
    loadProducts(knex, ids, true),
    knex.raw(`SELECT product_id, sales_channel_id FROM product_sales_channel WHERE deleted_at IS NULL AND product_id = ANY(?)`, [ids]),
  ])
  const channelsOf = new Map<string, Set<string>>()
  for (const l of links.rows) channelsOf.set(l.product_id, (channelsOf.get(l.product_id) ?? new Set()).add(l.sales_channel_id))
  return {
    byHandle: new Map(products.map((p) => [p.handle, { product: p, channels: channelsOf.get(p.id) ?? new Set() }])),
    priceSetIds: [...new Set(products.flatMap((p) => p.variants.map((v) => v.price_set_id)).filter((id): id is string => !!id))],
  }
}
