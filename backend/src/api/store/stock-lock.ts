import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { reviewError } from "../../modules/order-review/messages"
import { variantTitle } from "../../workflows/wholesale/lib/variant-rules"

type Need = { required: number; title: string; sku: string | null }

/** What a cart needs of each tracked inventory item, and where its sales channel keeps stock. */
async function cartNeeds(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "sales_channel_id",
      "items.quantity",
      "items.variant.sku",
      "items.variant.title",
      "items.variant.product.title",
      "items.variant.manage_inventory",
      "items.variant.allow_backorder",
      "items.variant.inventory_items.inventory_item_id",
      "items.variant.inventory_items.required_quantity",
    ],
    filters: { id: cartId },
  })
  const cart: any = data[0]
  const needs = new Map<string, Need>()
  for (const item of cart?.items ?? []) {
    const v = item.variant
    if (!v?.manage_inventory || v.allow_backorder) continue
    for (const link of v.inventory_items ?? []) {
      const need = needs.get(link.inventory_item_id) ?? { required: 0, title: variantTitle(v.product?.title, v.title), sku: v.sku ?? null }
      need.required += Number(item.quantity) * Number(link.required_quantity ?? 1)
      needs.set(link.inventory_item_id, need)
    }
  }
  const { data: channels } = cart?.sales_channel_id
    ? await query.graph({ entity: "sales_channel", fields: ["stock_locations.id"], filters: { id: cart.sales_channel_id } })
    : { data: [] }
  const locationIds = ((channels[0] as any)?.stock_locations ?? []).map((l: any) => l.id as string)
  return { needs, locationIds }
}

/**
 * Runs a cart's completion while holding a lock on every inventory item it
 * draws on, after checking that stock still covers it, summed over lines that
 * share an item. Two dealers submitting for the last units queue here: the
 * second sees the first one's reservation and is refused (core alone checks
 * outside its lock and per line).
 */
export async function withCartStock<T>(container: MedusaContainer, cartId: string, job: () => Promise<T>): Promise<T> {
  const { needs, locationIds } = await cartNeeds(container, cartId)
  const keys = [...needs.keys()].sort().map((id) => `dealer-stock:${id}`)
  if (!keys.length) return job()
  const inventory = container.resolve(Modules.INVENTORY)
  return container.resolve(Modules.LOCKING).execute(
    keys,
    async () => {
      for (const [itemId, need] of needs) {
        const available = Number(await inventory.retrieveAvailableQuantity(itemId, locationIds))
        if (need.required > available) {
          throw reviewError("out_of_stock", { title: need.title, sku: need.sku ?? "", available: Math.max(available, 0) })
        }
      }
      return job()
    },
    { timeout: 30 }
  )
}

/** The same guard around core's own cart completion route. */
export function cartStockLock(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  withCartStock(req.scope, req.params.id, () => new Promise<void>((resolve) => {
    res.once("finish", () => resolve())
    res.once("close", () => resolve())
    next()
  })).catch(next)
}
