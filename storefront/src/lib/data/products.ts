import { cache } from "react"
import { sdk } from "../medusa"
import { getBuyer } from "../wholesale/buyer"
import type { Page, Product } from "../types"

// Price fields are requested only for approved dealers (with their token, so
// core applies their tier's price lists). Visitors' requests carry no
// region_id and no calculated_price: prices must not reach them even in the payload.
const LIST_FIELDS = "id,title,subtitle,handle,thumbnail,metadata,*variants,*categories"
const DETAIL_FIELDS =
  "id,title,subtitle,description,handle,thumbnail,metadata," +
  "*images,*variants,*variants.options,*options,*categories,*categories.parent_category"
const PRICE_FIELDS = ",*variants.calculated_price"

/** Extra query and headers that make core price the products for the signed-in dealer. */
async function pricing(fields: string) {
  const buyer = await getBuyer()
  if (!buyer) return { query: { fields }, headers: undefined }
  return {
    query: { fields: fields + PRICE_FIELDS, region_id: buyer.regionId },
    headers: { authorization: `Bearer ${buyer.token}` },
  }
}

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
  const { query, headers } = await pricing(LIST_FIELDS)
  const { products, count } = await sdk.store.product.list(
    {
      q: input.q || undefined,
      category_id: input.categoryId,
      limit,
      offset,
      order: input.order,
      ...query,
    },
    headers
  )
  return { items: products as unknown as Product[], count, limit, offset }
}

/** Newest first, for the home page strip. */
export function listNewProducts(limit = 8): Promise<Page<Product>> {
  return listProducts({ limit, order: "-created_at" })
}

/** Cached per request: generateMetadata and the page both need it. */
export const getProductByHandle = cache(async (handle: string): Promise<Product | null> => {
  const { query, headers } = await pricing(DETAIL_FIELDS)
  const { products } = await sdk.store.product.list({ handle, limit: 1, ...query }, headers)
  return (products[0] as unknown as Product | undefined) ?? null
})
