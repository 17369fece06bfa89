// The part of core's store cart the 进货单 reads.

export type CartLine = {
  id: string
  variant_id: string | null
  product_id: string | null
  product_handle: string | null
  product_title: string | null
  product_subtitle: string | null
  variant_title: string | null
  variant_sku: string | null
  thumbnail: string | null
  title: string
  quantity: number
  unit_price: number
  /** Tax-inclusive line total (prices include 13% VAT). */
  total: number | null
  created_at?: string
}

export type Cart = {
  id: string
  customer_id: string | null
  completed_at: string | null
  currency_code: string
  region_id: string | null
  item_total: number
  total: number
  items: CartLine[]
}

/** GET /store/carts/:id/wholesale-check (docs/wholesale-api.md). */
export type WholesaleCheck = {
  ok: boolean
  subtotal: number
  min_order_amount: number | null
  problems: { code: string; message: string; line_item_id?: string; variant_id?: string; sku?: string }[]
}
