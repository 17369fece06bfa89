// Build fails if a client component imports this (Next aliases the module itself).
import "server-only"
import { backend } from "../auth/backend"
import { getBuyer } from "./buyer"
import type { WholesaleVariants } from "./types"

/**
 * Rules, stock and the dealer's pricing for some variants. Null when the route
 * fails or is missing: pages then fall back to core's calculated price and
 * let the backend's cart rules speak when the dealer adds to the cart.
 */
export async function getWholesaleVariants(
  by: { productId: string } | { variantIds: string[] },
  locale: string
): Promise<WholesaleVariants | null> {
  const buyer = await getBuyer()
  const query =
    "productId" in by
      ? `product_id=${encodeURIComponent(by.productId)}`
      : `variant_id=${by.variantIds.map(encodeURIComponent).join(",")}`
  if ("variantIds" in by && !by.variantIds.length) return null
  const res = await backend<WholesaleVariants>(`/store/wholesale/variants?${query}`, {
    token: buyer?.token,
    locale,
  }).catch(() => null)
  return res?.ok && Array.isArray(res.data.variants) ? res.data : null
}
