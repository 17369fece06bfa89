import { cache } from "react"
import { sdk } from "../medusa"
import type { Category } from "../types"

const FIELDS = "id,name,handle,description,rank,metadata,parent_category_id,*category_children"
const PAGE = 100

const byRank = (a: Category, b: Category) =>
  (a.rank ?? 0) - (b.rank ?? 0) || a.name.localeCompare(b.name, "zh-CN")

/**
 * Every active public category, flat and sorted by rank. Cached per request
 * because the header menu and the page both use it.
 */
export const listCategories = cache(async (): Promise<Category[]> => {
  const all: Category[] = []
  // Page through instead of trusting one call: catalogues outgrow 100 nodes.
  for (let offset = 0; ; offset += PAGE) {
    const { product_categories, count } = await sdk.store.category.list({
      fields: FIELDS,
      limit: PAGE,
      offset,
    })
    all.push(...(product_categories as unknown as Category[]))
    if (!product_categories.length || all.length >= count) break
  }
  return all.sort(byRank)
})

export async function getCategoryByHandle(handle: string): Promise<Category | null> {
  return (await listCategories()).find((c) => c.handle === handle) ?? null
}

export function topLevelCategories(all: Category[]): Category[] {
  return all.filter((c) => !c.parent_category_id)
}

export function childrenOf(all: Category[], id: string): Category[] {
  return all.filter((c) => c.parent_category_id === id)
}

/** Root first, ending with the category itself. */
export function ancestryOf(all: Category[], category: Category): Category[] {
  const byId = new Map(all.map((c) => [c.id, c]))
  const chain: Category[] = [category]
  let parent = category.parent_category_id ? byId.get(category.parent_category_id) : undefined
  while (parent && chain.length < 20) {
    chain.unshift(parent)
    parent = parent.parent_category_id ? byId.get(parent.parent_category_id) : undefined
  }
  return chain
}

/** The category and all its descendants: products usually sit on leaves. */
export function subtreeIds(all: Category[], id: string): string[] {
  const ids = [id]
  for (let i = 0; i < ids.length; i++) {
    for (const c of all) if (c.parent_category_id === ids[i]) ids.push(c.id)
  }
  return ids
}
