import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { checkQuantity } from "../../../modules/wholesale/rules"
import type { WholesaleCode } from "../../../modules/wholesale/messages"
import type { WholesaleDetails } from "../../../modules/wholesale/wholesale-error"
import { loadVariantFacts } from "./variant-rules"
import { tierOfCustomer } from "./dealer-tier"

export type CartProblem = { code: WholesaleCode; details: WholesaleDetails; line_item_id?: string }

type Line = { id?: string; variant_id?: string | null; quantity: unknown; unit_price?: unknown }

/** Every line that breaks its variant's rules, then the tier's minimum order amount. */
export async function checkCartLines(
  container: MedusaContainer,
  cart: { customer_id?: string | null; items?: Line[] | null },
  options: { minOrderAmount: boolean }
): Promise<CartProblem[]> {
  const items = (cart.items ?? []).filter((i) => i.variant_id)
  const facts = await loadVariantFacts(container, items.map((i) => i.variant_id as string))
  const problems: CartProblem[] = []
  for (const item of items) {
    const f = facts.get(item.variant_id as string)
    const problem = f && checkQuantity(f.rule, Number(item.quantity))
    if (problem) {
      problems.push({
        code: problem.code,
        line_item_id: item.id,
        details: { variant_id: f.variant_id, sku: f.sku, title: f.title, ...problem.params },
      })
    }
  }
  if (options.minOrderAmount) {
    const tier = await tierOfCustomer(container, cart.customer_id)
    const subtotal = goodsTotal(items)
    if (tier?.min_order_amount != null && MathBN.lt(subtotal, tier.min_order_amount as any)) {
      problems.push({
        code: "below_min_order_amount",
        details: { min_order_amount: Number(tier.min_order_amount), subtotal: MathBN.convert(subtotal).toNumber() },
      })
    }
  }
  return problems
}

/** Goods amount as the dealer sees it: unit prices are tax-inclusive in this store. */
export function goodsTotal(items: Line[]) {
  return items.reduce((sum, i) => MathBN.add(sum, MathBN.mult(i.unit_price as any ?? 0, i.quantity as any)), MathBN.convert(0))
}
