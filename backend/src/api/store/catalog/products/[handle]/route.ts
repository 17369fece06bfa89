import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { findProductIds } from "../../../../../lib/catalog/find-products"
import { loadProducts } from "../../../../../lib/catalog/load-products"
import { priceMap, priced, pricedProducts } from "../../../../../lib/catalog/attach-prices"
import { loadDetailIndex } from "../../../../../lib/catalog/detail-index"
import { memoForVersion } from "../../../../../lib/catalog/version-memo"
import { requestLocale } from "../../../../utils/locale"
import { type CatalogContext, serveCached } from "../../serve-cached"

/** GET /store/catalog/products/:handle: one product page's data with the caller's prices. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const handle = String(req.params.handle ?? "").slice(0, 200)
  await serveCached(req, res, `detail:${handle}`, async (ctx) => {
    const indexed = await fromIndex(req, handle, ctx)
    const product = indexed === undefined ? await fromDatabase(req, handle, ctx) : indexed
    if (!product) {
      const message = requestLocale(req) === "en" ? `Product ${handle} was not found` : `商品 ${handle} 不存在或已下架`
      throw new MedusaError(MedusaError.Types.NOT_FOUND, message)
    }
    return { product }
  })
}

/** From the in-process index of every product page; undefined when there is none to use. */
async function fromIndex(req: MedusaRequest, handle: string, { version, who, identity, salesChannelIds }: CatalogContext) {
  if (!version) return undefined
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const index = await memoForVersion(version, "detail-index", () => loadDetailIndex(knex))
  if (!index) return undefined
  const entry = index.byHandle.get(handle)
  if (!entry || (salesChannelIds.length && !salesChannelIds.some((c) => entry.channels.has(c)))) return null
  const prices = who ? await memoForVersion(version, `prices:${identity}`, () => priceMap(req.scope, index.priceSetIds, who)) : null
  return priced(entry.product, prices)
}

async function fromDatabase(req: MedusaRequest, handle: string, { who, salesChannelIds }: CatalogContext) {
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { ids } = await findProductIds(knex, { salesChannelIds, handle, order: "created_at", limit: 1, offset: 0 })
  const [product] = await pricedProducts(req.scope, await loadProducts(knex, ids, true), who)
  return product ?? null
}
