import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { z } from "zod"
import { parseInput } from "../../../utils/parse-input"
import { findProductIds } from "../../../../lib/catalog/find-products"
import { loadProducts } from "../../../../lib/catalog/load-products"
import { pricedProducts } from "../../../../lib/catalog/attach-prices"
import { serveCached } from "../serve-cached"

const ids = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean))

const Query = z.object({
  q: z.string().trim().max(100).optional(),
  category_id: ids.optional(),
  order: z.enum(["created_at", "-created_at", "title", "-title"]).default("created_at"),
  limit: z.coerce.number().int().min(1).max(100).default(24),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  region_id: z.string().optional(),
})

/**
 * GET /store/catalog/products: the dealer catalog (listing and search) with the caller's
 * own prices, shared by every dealer priced alike and served from the cache.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const q = parseInput(Query, req.query)
  const categoryIds = [...new Set(q.category_id ?? [])].sort()
  const params = JSON.stringify([q.q?.toLowerCase() ?? "", categoryIds, q.order, q.limit, q.offset])
  await serveCached(req, res, `list:${params}`, async ({ who, salesChannelIds }) => {
    const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const page = await findProductIds(knex, {
      salesChannelIds,
      categoryIds,
      q: q.q || undefined,
      order: q.order,
      limit: q.limit,
      offset: q.offset,
    })
    const products = await pricedProducts(req.scope, await loadProducts(knex, page.ids, false), who)
    return { products, count: page.count, limit: q.limit, offset: q.offset }
  })
}
