import type { Cart } from "../cart/types"

// What checkout reads of core's store cart beyond the 进货单's fields (core sends
// these by default). Amounts are tax-inclusive 元.
export type CheckoutCart = Cart & {
  /** Goods before any coupon: item_total already has the discount taken off. */
  original_item_total?: number
  shipping_total: number
  discount_total: number
  promotions?: { id: string; code: string | null; is_automatic?: boolean }[]
  shipping_methods?: { id: string; shipping_option_id: string | null; name: string; amount: number }[]
}

/** One of core's shipping options for the cart, reduced to what the dealer chooses by. */
export type ShippingChoice = {
  id: string
  name: string
  /** "delivery" | "pickup" in the seed: the storefront words known codes in the page's language. */
  code: string | null
  description: string | null
  amount: number | null
}
