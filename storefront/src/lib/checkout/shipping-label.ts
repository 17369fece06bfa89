import type { ShippingChoice } from "./types"

// The seed's shipping option types (backend/src/scripts/seed/warehouse.ts). Core
// holds their names in Chinese only, so the storefront words these codes itself
// and falls back to core's text for any other option staff create.
export const KNOWN_SHIPPING = ["delivery", "pickup"] as const
export type KnownShipping = (typeof KNOWN_SHIPPING)[number]

export function knownShipping(choice: Pick<ShippingChoice, "code">): KnownShipping | null {
  return (KNOWN_SHIPPING as readonly (string | null)[]).includes(choice.code) ? (choice.code as KnownShipping) : null
}

// An order keeps only the method's name, not its type code: the seed's names map back.
const SEED_NAMES: Record<string, KnownShipping> = { 物流配送: "delivery", 到仓自提: "pickup" }

export function knownShippingName(name: string): KnownShipping | null {
  return SEED_NAMES[name] ?? null
}
