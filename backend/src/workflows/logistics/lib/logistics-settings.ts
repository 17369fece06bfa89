import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type LogisticsSettings = { auto_receipt_days: number }

export const DEFAULT_LOGISTICS_SETTINGS: LogisticsSettings = { auto_receipt_days: 7 }

/** Logistics settings live in the store's metadata, next to the wholesale and credit ones. */
export async function logisticsSettings(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "store", fields: ["id", "metadata"], pagination: { take: 1 } })
  const metadata = (data[0]?.metadata ?? {}) as Record<string, any>
  return { storeId: (data[0]?.id as string) ?? null, metadata, settings: { ...DEFAULT_LOGISTICS_SETTINGS, ...(metadata.logistics ?? {}) } as LogisticsSettings }
}
