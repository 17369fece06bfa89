import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

export const DEMO_WAREHOUSE = "华东中心仓"
const FULFILLMENT_SET = "华东中心仓配送"

export type Warehouse = { stockLocationId: string; shippingProfileId: string }

type ShippingOptionSpec = { name: string; code: string; label: string; description: string; amount: number; is_return?: boolean }

// Pick-up at the warehouse is free; delivery is a flat freight charge.
const SHIPPING_OPTIONS: ShippingOptionSpec[] = [
  { name: "物流配送", code: "delivery", label: "物流配送", description: "专线物流配送到店，2-5 天送达", amount: 30 },
  { name: "到仓自提", code: "pickup", label: "到仓自提", description: "上海华东中心仓自提，工作日 9:00-17:00", amount: 0 },
  // Accepted returns come back this way (Medusa's returns need a return option); never offered at checkout.
  { name: "售后退货", code: "return", label: "售后退货", description: "经销商寄回仓库，运费按售后结果承担", amount: 0, is_return: true },
]

/** One warehouse that ships to the mainland, with delivery and pick-up options; created once. */
export async function ensureWarehouse(
  container: MedusaContainer,
  ids: { storeId: string; salesChannelId: string; regionId: string }
): Promise<Warehouse> {
  const stockLocationService = container.resolve(Modules.STOCK_LOCATION)
  const fulfillmentService = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  let [location] = await stockLocationService.listStockLocations({ name: DEMO_WAREHOUSE })
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: DEMO_WAREHOUSE,
            address: {
              address_1: "嘉定区安亭镇墨玉路 188 号",
              city: "上海市",
              province: "上海市",
              postal_code: "201805",
              country_code: "CN",
            },
          },
        ],
      },
    })
    location = result[0]
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: location.id, add: [ids.salesChannelId] },
    })
  }
  await updateStoresWorkflow(container).run({
    input: { selector: { id: ids.storeId }, update: { default_location_id: location.id } },
  })

  let [profile] = await fulfillmentService.listShippingProfiles({ type: "default" })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "默认配送模板", type: "default" }] },
    })
    profile = result[0]
  }

  let [fulfillmentSet] = await fulfillmentService.listFulfillmentSets(
    { name: FULFILLMENT_SET },
    { relations: ["service_zones"] }
  )
  if (!fulfillmentSet) {
    fulfillmentSet = await fulfillmentService.createFulfillmentSets({
      name: FULFILLMENT_SET,
      type: "shipping",
      service_zones: [
        { name: "中国大陆", geo_zones: [{ country_code: "cn", type: "country" }] },
      ],
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    })
  }
  const serviceZoneId = fulfillmentSet.service_zones[0].id

  const existing = await fulfillmentService.listShippingOptions({ service_zone: { id: serviceZoneId } } as any)
  const missing = SHIPPING_OPTIONS.filter((o) => !existing.some((e) => e.name === o.name))
  if (missing.length) {
    await createShippingOptionsWorkflow(container).run({
      input: missing.map((o) => ({
        name: o.name,
        price_type: "flat" as const,
        provider_id: "manual_manual",
        service_zone_id: serviceZoneId,
        shipping_profile_id: profile.id,
        type: { label: o.label, description: o.description, code: o.code },
        prices: [
          { currency_code: "cny", amount: o.amount },
          { region_id: ids.regionId, amount: o.amount },
        ],
        rules: [
          { attribute: "enabled_in_store", value: o.is_return ? "false" : "true", operator: "eq" as const },
          { attribute: "is_return", value: o.is_return ? "true" : "false", operator: "eq" as const },
        ],
      })),
    })
  }

  return { stockLocationId: location.id, shippingProfileId: profile.id }
}
