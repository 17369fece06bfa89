import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readSettings } from "../../../modules/wholesale/stock"

/** The region a request prices in: the one asked for, else the store's first region. */
export async function pricingRegion(container: MedusaContainer, regionId?: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "region",
    fields: ["id", "currency_code"],
    filters: regionId ? { id: regionId } : {},
    pagination: { take: 1, order: { created_at: "ASC" } },
  })
  return (data[0] as { id: string; currency_code: string } | undefined) ?? null
}

/** Store-wide wholesale settings, kept in the store's metadata. */
export async function wholesaleSettings(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "store", fields: ["id", "metadata"], pagination: { take: 1 } })
  return { storeId: (data[0]?.id as string) ?? null, metadata: data[0]?.metadata ?? {}, settings: readSettings(data[0]?.metadata) }
}
