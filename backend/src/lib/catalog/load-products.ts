import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/** What the storefront shows of a product: nothing it does not read. */
export type CatalogVariant = {
  id: string
  title: string | null
  sku: string | null
  barcode: string | null
  ean: string | null
  options?: { id: string; value: string; option_id: string; option: { id: string; title: string } }[]
  calculated_price?: CatalogPrice | null
  /** Internal: dropped before the product is sent. */
  price_set_id?: string | null
}

export type CatalogPrice = {
  calculated_amount: number | null
  original_amount: number | null
  currency_code: string
  is_calculated_price_price_list: boolean
  price_list_type: string | null
}

export type CatalogCategory = {
  id: string
  name: string
  handle: string
  metadata: Record<string, unknown> | null
  parent_category_id: string | null
  parent_category?: Omit<CatalogCategory, "parent_category"> | null
}

export type CatalogProduct = {
  id: string
  title: string
  subtitle: string | null
  handle: string
  thumbnail: string | null
  metadata: Record<string, unknown> | null
  description?: string | null
  images?: { id: string; url: string }[]
  options?: { id: string; title: string }[]
  categories: CatalogCategory[]
  variants: CatalogVariant[]
}

const groupBy = <T>(rows: T[], key: (r: T) => string) => {
  const out = new Map<string, T[]>()
  for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r])
  return out
}

/**
 * The products with the given ids, in that order, read with a handful of flat queries
 * run side by side (core's graph hydration costs far more for the same fields).
 * `detail` adds what only a product page shows.
 */
export async function loadProducts(knex: Knex, ids: string[], detail: boolean): Promise<CatalogProduct[]> {
  if (!ids.length) return []
  const [products, variants, categories, images, options, variantOptions] = await Promise.all([
    knex.raw(
      `SELECT id, title, subtitle, handle, thumbnail, metadata${detail ? ", description" : ""} FROM product WHERE id = ANY(?)`,
      [ids]
    ),
    knex.raw(
      `SELECT v.id, v.title, v.sku, v.barcode, v.ean, v.product_id, ps.price_set_id
         FROM product_variant v
         LEFT JOIN product_variant_price_set ps ON ps.variant_id = v.id AND ps.deleted_at IS NULL
        WHERE v.product_id = ANY(?) AND v.deleted_at IS NULL
        ORDER BY v.variant_rank ASC NULLS LAST, v.created_at ASC, v.id ASC`,
      [ids]
    ),
    knex.raw(
      `SELECT pcp.product_id, c.id, c.name, c.handle, c.metadata, c.parent_category_id,
              pc.id AS parent_id, pc.name AS parent_name, pc.handle AS parent_handle, pc.metadata AS parent_metadata,
              pc.parent_category_id AS parent_parent_id
         FROM product_category_product pcp
         JOIN product_category c ON c.id = pcp.product_category_id AND c.deleted_at IS NULL AND c.is_active AND NOT c.is_internal
         LEFT JOIN product_category pc ON pc.id = c.parent_category_id AND pc.deleted_at IS NULL
        WHERE pcp.product_id = ANY(?)
        ORDER BY c.rank ASC, c.name ASC`,
      [ids]
    ),
    detail
      ? knex.raw(`SELECT id, url, product_id FROM image WHERE product_id = ANY(?) AND deleted_at IS NULL ORDER BY rank ASC, created_at ASC`, [ids])
      : { rows: [] },
    detail
      ? knex.raw(
          `SELECT ppo.product_id, o.id, o.title FROM product_product_option ppo
             JOIN product_option o ON o.id = ppo.product_option_id AND o.deleted_at IS NULL
            WHERE ppo.product_id = ANY(?) AND ppo.deleted_at IS NULL ORDER BY o.created_at ASC, o.id ASC`,
          [ids]
        )
      : { rows: [] },
    detail
      ? knex.raw(
          `SELECT pvo.variant_id, ov.id, ov.value, ov.option_id, o.title AS option_title
             FROM product_variant_option pvo
             JOIN product_variant v ON v.id = pvo.variant_id AND v.deleted_at IS NULL
             JOIN product_option_value ov ON ov.id = pvo.option_value_id AND ov.deleted_at IS NULL
             JOIN product_option o ON o.id = ov.option_id
            WHERE v.product_id = ANY(?)`,
          [ids]
        )
      : { rows: [] },
  ])

  const variantsOf = groupBy(variants.rows as any[], (r) => r.product_id)
  const categoriesOf = groupBy(categories.rows as any[], (r) => r.product_id)
  const imagesOf = groupBy(images.rows as any[], (r) => r.product_id)
  const optionsOf = groupBy(options.rows as any[], (r) => r.product_id)
  const valuesOf = groupBy(variantOptions.rows as any[], (r) => r.variant_id)
  const byId = new Map((products.rows as any[]).map((p) => [p.id, p]))

  return ids
    .filter((id) => byId.has(id))
    .map((id) => {
      const p = byId.get(id)
      const product: CatalogProduct = {
        id: p.id,
        title: p.title,
        subtitle: p.subtitle,
        handle: p.handle,
        thumbnail: p.thumbnail,
        metadata: p.metadata ?? null,
        categories: (categoriesOf.get(id) ?? []).map(categoryOf),
        variants: (variantsOf.get(id) ?? []).map((v) => ({
          id: v.id,
          title: v.title,
          sku: v.sku,
          barcode: v.barcode,
          ean: v.ean,
          price_set_id: v.price_set_id,
          ...(detail
            ? {
                options: (valuesOf.get(v.id) ?? []).map((o) => ({
                  id: o.id,
                  value: o.value,
                  option_id: o.option_id,
                  option: { id: o.option_id, title: o.option_title },
                })),
              }
            : {}),
        })),
      }
      if (detail) {
        product.description = p.description
        product.images = (imagesOf.get(id) ?? []).map((i) => ({ id: i.id, url: i.url }))
        product.options = (optionsOf.get(id) ?? []).map((o) => ({ id: o.id, title: o.title }))
      }
      return product
    })
}

function categoryOf(r: any): CatalogCategory {
  return {
    id: r.id,
    name: r.name,
    handle: r.handle,
    metadata: r.metadata ?? null,
    parent_category_id: r.parent_category_id,
    parent_category: r.parent_id
      ? { id: r.parent_id, name: r.parent_name, handle: r.parent_handle, metadata: r.parent_metadata ?? null, parent_category_id: r.parent_parent_id }
      : null,
  }
}
