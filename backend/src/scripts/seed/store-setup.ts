import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { DEALER_PAYMENT_PROVIDER_ID } from "../../modules/dealer-payment/constants"

export const DEMO_STORE_NAME = "DealerMall 经销商订货商城"
export const DEMO_SALES_CHANNEL = "经销商订货商城"
export const DEMO_REGION = "中国大陆"
export const STOREFRONT_KEY_TITLE = "DealerMall Storefront"

export type StoreSetup = {
  storeId: string
  salesChannelId: string
  regionId: string
  publishableKey: string
}

/** Store, CNY region with tax-inclusive prices, sales channel and storefront key; each created once. */
export async function ensureStoreSetup(container: MedusaContainer): Promise<StoreSetup> {
  const storeService = container.resolve(Modules.STORE)
  const salesChannelService = container.resolve(Modules.SALES_CHANNEL)
  const regionService = container.resolve(Modules.REGION)
  const taxService = container.resolve(Modules.TAX)
  const apiKeyService = container.resolve(Modules.API_KEY)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  let [channel] = await salesChannelService.listSalesChannels({ name: DEMO_SALES_CHANNEL })
  if (!channel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: {
        salesChannelsData: [
          { name: DEMO_SALES_CHANNEL, description: "经销商 PC 与手机订货" },
        ],
      },
    })
    channel = result[0]
  }

  let [region] = await regionService.listRegions({ name: DEMO_REGION })
  if (!region) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: DEMO_REGION,
            currency_code: "cny",
            countries: ["cn"],
            is_tax_inclusive: true,
            payment_providers: ["pp_system_default", DEALER_PAYMENT_PROVIDER_ID],
          },
        ],
      },
    })
    region = result[0]
  }
  // Regions seeded before the dealer payment provider existed get it too.
  const { data: regionProviders } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "region",
    fields: ["payment_providers.id"],
    filters: { id: region.id },
  })
  const providerIds = (regionProviders[0]?.payment_providers ?? []).map((p: any) => p.id as string)
  if (!providerIds.includes(DEALER_PAYMENT_PROVIDER_ID)) {
    await updateRegionsWorkflow(container).run({
      input: { selector: { id: region.id }, update: { payment_providers: [...providerIds, DEALER_PAYMENT_PROVIDER_ID] } },
    })
  }

  const [store] = await storeService.listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: DEMO_STORE_NAME,
        supported_currencies: [{ currency_code: "cny", is_default: true, is_tax_inclusive: true }],
        default_sales_channel_id: channel.id,
        default_region_id: region.id,
      },
    },
  })

  const taxRegions = await taxService.listTaxRegions({ country_code: "cn" })
  if (!taxRegions.length) {
    await createTaxRegionsWorkflow(container).run({
      input: [
        {
          country_code: "cn",
          provider_id: "tp_system",
          default_tax_rate: { name: "增值税", code: "VAT", rate: 13 },
        },
      ],
    })
  }

  let [apiKey] = await apiKeyService.listApiKeys({
    title: STOREFRONT_KEY_TITLE,
    type: "publishable",
    revoked_at: null,
  } as any)
  if (!apiKey) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: {
        api_keys: [{ title: STOREFRONT_KEY_TITLE, type: "publishable", created_by: "seed" }],
      },
    })
    apiKey = result[0]
  }
  const { data: linked } = await query.graph({
    entity: "api_key",
    fields: ["id", "sales_channels.id"],
    filters: { id: apiKey.id },
  })
  const linkedIds = (linked[0]?.sales_channels ?? []).map((c: any) => c?.id)
  if (!linkedIds.includes(channel.id)) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: apiKey.id, add: [channel.id] },
    })
  }

  return {
    storeId: store.id,
    salesChannelId: channel.id,
    regionId: region.id,
    publishableKey: apiKey.token,
  }
}
