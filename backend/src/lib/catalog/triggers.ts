import type { Knex } from "@medusajs/framework/mikro-orm/knex"

export const CATALOG_CHANNEL = "dealermall_catalog"

/**
 * Every table whose rows change what the dealer catalog shows: products and their
 * parts, categories, sales channels, prices and price lists, and the customer-group
 * memberships that decide which price lists apply (tiers, contract prices).
 * Stock is not here: the catalog carries none (stock is read live per request).
 */
export const CATALOG_TABLES = [
  "product",
  "product_variant",
  "product_variant_option",
  "product_option",
  "product_option_value",
  "product_product_option",
  "image",
  "product_category",
  "product_category_product",
  "product_sales_channel",
  "product_variant_price_set",
  "price_set",
  "price",
  "price_rule",
  "price_list",
  "price_list_rule",
  "price_preference",
  "customer_group",
  "customer_group_customer",
  "region",
  "sales_channel",
  "publishable_api_key_sales_channel",
]

// The payload is the writing transaction's id: PostgreSQL delivers it only when that
// transaction commits (never for a rollback), folds repeats within one transaction
// into one message, and every listening process receives the same payloads in
// commit order, so all of them agree on the latest one.
const FUNCTION_SQL = `
CREATE OR REPLACE FUNCTION dealermall_catalog_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('${CATALOG_CHANNEL}', txid_current()::text);
  RETURN NULL;
END $$`

const triggerSql = (table: string) => `
CREATE OR REPLACE TRIGGER dealermall_catalog_changed
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
FOR EACH STATEMENT EXECUTE FUNCTION dealermall_catalog_changed()`

// Substring search over Chinese titles: pg_trgm indexes every three characters
// (CJK included under a UTF-8 ctype), so a query of three or more characters is
// answered from the index; shorter ones scan the small search expression.
export const SEARCH_TEXT_SQL = `lower(coalesce(p.title, '') || ' ' || coalesce(p.subtitle, '') || ' ' || p.handle || ' ' || coalesce(p.metadata->>'title_en', ''))`

const INDEX_SQL = [
  `CREATE INDEX IF NOT EXISTS "IDX_dealermall_product_search_trgm" ON product USING gin ((${SEARCH_TEXT_SQL.replace(/p\./g, "")}) gin_trgm_ops) WHERE deleted_at IS NULL`,
  `CREATE INDEX IF NOT EXISTS "IDX_dealermall_variant_sku_trgm" ON product_variant USING gin ((lower(coalesce(sku, ''))) gin_trgm_ops) WHERE deleted_at IS NULL`,
  `CREATE INDEX IF NOT EXISTS "IDX_dealermall_product_published_created" ON product (created_at, id) WHERE deleted_at IS NULL AND status = 'published'`,
]

const LOCK_KEY = 748_221_013 // any constant shared by every process that installs

/**
 * Installs the change notification triggers and the search indexes, idempotently.
 * Done at run time rather than in a module migration because the tables belong to
 * core modules whose migrations may run after ours on a fresh database. Several
 * processes starting at once take turns under an advisory lock.
 * Without pg_trgm the indexes are skipped and search scans.
 */
export async function installCatalogTriggers(knex: Knex): Promise<void> {
  return knex.transaction(async (trx) => {
    await trx.raw("SELECT pg_advisory_xact_lock(?)", [LOCK_KEY])
    await trx.raw(FUNCTION_SQL)
    const existing = await trx.raw(`SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename = ANY(?)`, [CATALOG_TABLES])
    for (const { tablename } of existing.rows) await trx.raw(triggerSql(tablename))
    try {
      await trx.raw("SAVEPOINT trgm")
      await trx.raw("CREATE EXTENSION IF NOT EXISTS pg_trgm")
      for (const sql of INDEX_SQL) await trx.raw(sql)
      await trx.raw("RELEASE SAVEPOINT trgm")
    } catch {
      await trx.raw("ROLLBACK TO SAVEPOINT trgm")
    }
  })
}
