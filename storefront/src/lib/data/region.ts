import { cache } from "react"
import { sdk } from "../medusa"

export type Region = { id: string; currency_code: string; name: string }

/**
 * The store's region: prices are CNY, so the CNY region, else the first one.
 * Core only calculates prices (and cart totals) against a region.
 */
export const getStoreRegion = cache(async (): Promise<Region | null> => {
  const { regions } = await sdk.store.region.list({ fields: "id,name,currency_code", limit: 50 })
  const list = regions as unknown as Region[]
  return list.find((r) => r.currency_code?.toLowerCase() === "cny") ?? list[0] ?? null
})
