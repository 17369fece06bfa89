import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addToCartWorkflow, completeCartWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { wholesaleError } from "../../modules/wholesale/wholesale-error"
import { checkCartLines } from "../wholesale/lib/check-cart"

/*
 * Ordering rules (起订量, 订货倍数, 限购, 起订金额) hold on every path into a
 * cart and out of it: adding (including quick order and reorder, which use
 * the same workflow), changing a quantity, and submitting.
 */

addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  // Core merges an added variant into its existing line: the rule applies to the sum.
  // The hook's cart carries no items, so read them.
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["items.variant_id", "items.quantity"],
    filters: { id: input.cart_id },
  })
  const quantities = new Map<string, { quantity: number }>()
  for (const item of (data[0] as any)?.items ?? []) {
    if (item.variant_id) quantities.set(item.variant_id, { quantity: (quantities.get(item.variant_id)?.quantity ?? 0) + Number(item.quantity) })
  }
  const lines: { id?: string; variant_id: string; quantity: number }[] = []
  for (const item of input.items ?? []) {
    if (!item.variant_id) continue
    const before = quantities.get(item.variant_id)?.quantity ?? 0
    quantities.set(item.variant_id, { quantity: before + Number(item.quantity) })
    lines.push({ variant_id: item.variant_id, quantity: before + Number(item.quantity) })
  }
  const [problem] = await checkCartLines(container, { items: lines }, { minOrderAmount: false })
  if (problem) throw wholesaleError(problem.code, problem.details)
})

updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const item = ((cart as any).items ?? []).find((i: any) => i.id === input.item_id)
  const quantity = (input as any).update?.quantity
  if (!item?.variant_id || quantity === undefined) return
  const [problem] = await checkCartLines(container, { items: [{ variant_id: item.variant_id, quantity }] }, { minOrderAmount: false })
  if (problem) throw wholesaleError(problem.code, problem.details)
})

completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const [problem] = await checkCartLines(container, cart as any, { minOrderAmount: true })
  if (problem) throw wholesaleError(problem.code, problem.details)
})
