// Shapes of the order-list (常购清单) routes, docs/wholesale-api.md.

export type OrderListSummary = { id: string; name: string; items_count: number; updated_at: string }

export type OrderListItem = {
  id: string
  variant_id: string
  sku: string | null
  title: string | null
  product_handle: string | null
  thumbnail: string | null
  quantity: number
}

export type OrderList = { id: string; name: string; items: OrderListItem[]; updated_at?: string }
