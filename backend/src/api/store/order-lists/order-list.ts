import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"
import { wholesaleError } from "../../../modules/wholesale/wholesale-error"
import { variantTitle } from "../../../workflows/wholesale/lib/variant-rules"

/** One of the dealer's lists; another dealer's list does not exist as far as the caller knows. */
export async function ownOrderList(container: MedusaContainer, dealerId: string, id: string) {
  const [list] = await container
    .resolve<WholesaleModuleService>(WHOLESALE_MODULE)
    .listOrderLists({ id, dealer_id: dealerId }, { relations: ["items"] })
  if (!list) throw wholesaleError("order_list_not_found", {}, "not_found")
  return list
}

/** A list with what a dealer needs to recognise each line. */
export async function presentOrderList(container: MedusaContainer, list: Awaited<ReturnType<typeof ownOrderList>>) {
  const ids = list.items.map((i) => i.variant_id)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = ids.length
    ? await query.graph({
        entity: "variant",
        fields: ["id", "sku", "title", "product.title", "product.handle", "product.thumbnail", "product.status"],
        filters: { id: ids },
      })
    : { data: [] }
  const byId = new Map(variants.map((v: any) => [v.id, v]))
  return {
    id: list.id,
    name: list.name,
    created_at: list.created_at,
    updated_at: list.updated_at,
    items: [...list.items]
      .sort((a, b) => +new Date(a.created_at) - +new Date(b.created_at))
      .map((i) => {
        const v: any = byId.get(i.variant_id)
        return {
          id: i.id,
          variant_id: i.variant_id,
          quantity: i.quantity,
          sku: v?.sku ?? null,
          title: v ? variantTitle(v.product?.title, v.title) : null,
          product_handle: v?.product?.handle ?? null,
          thumbnail: v?.product?.thumbnail ?? null,
          available: v?.product?.status === "published",
        }
      }),
  }
}

/** One line per variant: the same variant twice is one line with the sum. */
export function mergeItems(items: { variant_id: string; quantity: number }[]) {
  const sum = new Map<string, number>()
  for (const i of items) sum.set(i.variant_id, (sum.get(i.variant_id) ?? 0) + i.quantity)
  return [...sum].map(([variant_id, quantity]) => ({ variant_id, quantity }))
}
