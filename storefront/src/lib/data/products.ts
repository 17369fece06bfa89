import { cache } from "react"
import { sdk } from "../medusa"
import { getBuyer } from "../wholesale/buyer"
import type { Page, Product } from "../types"

// The backend's catalog read path (GET /store/catalog/products…): only the fields these
// pages show, shared by every dealer of a tier. Approved dealers send their token and
// region so it carries their prices; visitors send neither and get no price at all.
async function pricing() {
  const buyer = await getBuyer()
  if (!buyer) return { query: {}, headers: undefined }
  return { query: { region_id: buyer.regionId }, headers: { authorization: `Bearer ${buyer.token}` } }
}

export type ListProductsInput = {
  q?: string
  /** A category id, or several to include a category's descendants. */
  categoryId?: string | string[]
  limit?: number
  offset?: number
  order?: "created_at" | "-created_at" | "title" | "-title"
}

type CatalogPage = { products: Product[]; count: number; limit: number; offset: number }

export async function listProducts(input: ListProductsInput = {}): Promise<Page<Product>> {
  const limit = input.limit ?? 24
  const offset = input.offset ?? 0
  const { query, headers } = await pricing()
  const categoryIds = input.categoryId === undefined ? undefined : [input.categoryId].flat().join(",")
  const { products, count } = await sdk.client.fetch<CatalogPage>("/store/catalog/products", {
    query: { q: input.q || undefined, category_id: categoryIds || undefined, limit, offset, order: input.order, ...query },
    headers,
  })
  return { items: products, count, limit, offset }
}

/** Newest first, for the home page strip. */
export function listNewProducts(limit = 8): Promise<Page<Product>> {
  return listProducts({ limit, order: "-created_at" })
}

/** Cached per request: generateMetadata and the page both need it. */
export const getProductByHandle = cache(async (handle: string): Promise<Product | null> => {
  const { query, headers } = await pricing()
  try {
    const { product } = await sdk.client.fetch<{ product: Product }>(`/store/catalog/products/${encodeURIComponent(handle)}`, { query, headers })
    return product
  } catch (e) {
    if ((e as { status?: number }).status === 404) return null
    throw e
  }
})
