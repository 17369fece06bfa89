import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ICacheService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { catalogVersion } from "../../../lib/catalog/version"
import { memoForVersion } from "../../../lib/catalog/version-memo"
import type { PricingIdentity } from "../../../lib/catalog/attach-prices"
import { isApprovedDealer } from "../dealer-access"
import { requestLocale } from "../../utils/locale"

// Entries are orphaned by the next change anyway; the TTL only bounds memory.
const TTL_SECONDS = 600

export type CatalogContext = {
  who: PricingIdentity | null
  /** The key part naming `who`'s prices; with `version`, what in-process lookups may be kept under. */
  identity: string
  version: string | null
  salesChannelIds: string[]
}

/**
 * Serves a catalog answer shared by every caller with the same prices: all approved
 * dealers whose customer groups (tier, contract) and region are the same, or all
 * visitors. The key carries the catalog version, so any change to products, prices,
 * price lists or group memberships is seen by the next request on every process.
 */
export async function serveCached(
  req: MedusaRequest,
  res: MedusaResponse,
  params: string,
  compute: (ctx: CatalogContext) => Promise<object>
) {
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const version = await catalogVersion(knex)
  const approved = await isApprovedDealer(req)
  const who = approved ? await pricingIdentity(req, version) : null
  const salesChannelIds: string[] = [...((req as any).publishable_key_context?.sales_channel_ids ?? [])].sort()
  const identity = who ? `${who.regionId}:${who.groupIds.join(",")}` : "visitor"
  const key = `dm:catalog:${version}:${identity}:${salesChannelIds.join(",")}:${params}`

  const cache = req.scope.resolve<ICacheService>(Modules.CACHE)
  let body = version ? await cache.get<string>(key) : null
  res.setHeader("x-catalog-cache", body ? "hit" : "miss")
  res.setHeader("cache-control", "private, no-store")
  if (!body) {
    body = JSON.stringify(await compute({ who, identity, version, salesChannelIds }))
    if (version) await cache.set(key, body, TTL_SECONDS)
  }
  // Approved dealers get the stored text as is; anyone else goes through res.json and
  // so through the price gate's filter, in case a price ever slips into an answer.
  if (approved) {
    res.status(200).type("application/json").send(body)
  } else {
    res.json(JSON.parse(body))
  }
}

async function pricingIdentity(req: MedusaRequest, version: string | null): Promise<PricingIdentity> {
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const asked = typeof req.query.region_id === "string" && req.query.region_id ? req.query.region_id : ""
  const customerId = (req as any).auth_context?.actor_id as string
  const [region, groupIds] = await Promise.all([
    memoForVersion(version, `region:${asked}`, async () => {
      const q = knex("region").select("id", "currency_code").whereNull("deleted_at").orderBy("created_at", "asc").first()
      return (await (asked ? q.where("id", asked) : q)) ?? null
    }),
    memoForVersion(version, `groups:${customerId}`, async () => {
      const rows = await knex("customer_group_customer").select("customer_group_id").where("customer_id", customerId).whereNull("deleted_at")
      return rows.map((r: any) => r.customer_group_id as string).sort()
    }),
  ])
  if (!region) {
    const message = requestLocale(req) === "en" ? `Region ${asked} does not exist` : `地区 ${asked} 不存在`
    throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
  }
  return { regionId: region.id, currencyCode: region.currency_code, groupIds }
}
