import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { findProductIds } from "../../../../../lib/catalog/find-products"
import { loadProducts } from "../../../../../lib/catalog/load-products"
import { attachPrices } from "../../../../../lib/catalog/attach-prices"
import { requestLocale } from "../../../../utils/locale"
import { serveCached } from "../../serve-cached"

/** GET /store/catalog/products/:handle: one product page's data with the caller's prices. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const handle = String(req.params.handle ?? "").slice(0, 200)
  await serveCached(req, res, `detail:${handle}`, async ({ who, salesChannelIds }) => {
    const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const { ids } = await findProductIds(knex, { salesChannelIds, handle, order: "created_at", limit: 1, offset: 0 })
    const [product] = await loadProducts(knex, ids, true)
    if (!product) {
      const message = requestLocale(req) === "en" ? `Product ${handle} was not found` : `商品 ${handle} 不存在或已下架`
      throw new MedusaError(MedusaError.Types.NOT_FOUND, message)
    }
    await attachPrices(req.scope, [product], who)
    return { product }
  })
}
