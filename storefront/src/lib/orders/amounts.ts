import { lineAmount } from "../wholesale/amounts"
import type { OrderItem } from "./types"

/**
 * An order line before any coupon, unit price × quantity. The backend's line
 * `total` and the order's `subtotal` (core's item_total) already have the
 * coupon taken off, so shown beside a separate 优惠 line they would count it
 * twice; lines at list amount add up to the goods amount and the coupon shows once.
 */
export function itemAmount(item: Pick<OrderItem, "unit_price" | "quantity" | "total">): number | null {
  return item.unit_price === null ? item.total : lineAmount(item.unit_price, item.quantity)
}

/** Goods before the coupon: the sum of the lines, added in whole fen. */
export function goodsAmount(items: OrderItem[]): number | null {
  let fen = 0
  for (const item of items) {
    const amount = itemAmount(item)
    if (amount === null) return null
    fen += Math.round(amount * 100)
  }
  return fen / 100
}
