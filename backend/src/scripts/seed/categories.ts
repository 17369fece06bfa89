import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createProductCategoriesWorkflow } from "@medusajs/medusa/core-flows"
import type { DemoCategory } from "../demo/types"

/** Creates the category tree top-down, skipping handles that exist; returns handle → id. */
export async function ensureCategories(
  container: MedusaContainer,
  tree: DemoCategory[]
): Promise<Map<string, string>> {
  const productService = container.resolve(Modules.PRODUCT)
  const ids = new Map<string, string>()

  const existing = await productService.listProductCategories({}, { take: null })
  for (const c of existing) ids.set(c.handle, c.id)

  const createLevel = async (nodes: DemoCategory[], parentId: string | null) => {
    const missing = nodes.filter((n) => !ids.has(n.handle))
    if (missing.length) {
      const { result } = await createProductCategoriesWorkflow(container).run({
        input: {
          product_categories: missing.map((n, i) => ({
            name: n.name,
            handle: n.handle,
            description: n.description ?? "",
            is_active: true,
            is_internal: false,
            rank: nodes.indexOf(n) >= 0 ? nodes.indexOf(n) : i,
            parent_category_id: parentId,
            metadata: { name_en: n.name_en },
          })),
        },
      })
      for (const c of result) ids.set(c.handle, c.id)
    }
    for (const n of nodes) {
      if (n.children?.length) await createLevel(n.children, ids.get(n.handle)!)
    }
  }
  await createLevel(tree, null)
  return ids
}
