import { cache } from "react"
import { sdk } from "../medusa"
import type { Page, Product } from "../types"

// Price fields are never requested (no region_id, calculated_price or
// variants.prices): visitors must not receive prices, even in the payload.
const LIST_FIELDS = "id,title,subtitle,handle,thumbnail,metadata,*variants,*categories"
const DETAIL_FIELDS =
  "id,title,subtitle,description,handle,thumbnail,metadata," +
  "*images,*variants,*variants.options,*options,*categories,*categories.parent_category"

export type ListProductsInput = {
  q?: string
  /** A category id, or several to include a category's descendants. */
  categoryId?: string | string[]
  limit?: number
  offset?: number
  order?: string
}

export async function listProducts(input: ListProductsInput = {}): Promise<Page<Product>> {
  const limit = input.limit ?? 24
  const offset = input.offset ?? 0
  const { products, count } = await sdk.store.product.list({
    q: input.q || undefined,
    category_id: input.categoryId,
    limit,
    offset,
    order: input.order,
    fields: LIST_FIELDS,
  })
  return { items: products as unknown as Product[], count, limit, offset }
}

/** Newest first, for the home page strip. */
export function listNewProducts(limit = 8): Promise<Page<Product>> {
  return listProducts({ limit, order: "-created_at" })
}

/** Cached per request: generateMetadata and the page both need it. */
export const getProductByHandle = cache(async (handle: string): Promise<Product | null> => {
  const { products } = await sdk.store.product.list({ handle, limit: 1, fields: DETAIL_FIELDS })
  return (products[0] as unknown as Product | undefined) ?? null
})
