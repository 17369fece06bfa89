import type { MedusaContainer } from "@medusajs/framework/types"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import type { Locale } from "../../../modules/dealer/messages"
import { wholesaleMessage } from "../../../modules/wholesale/messages"
import { openCartOf } from "./dealer-cart"
import { planCartLines, type WantedLine } from "./plan-cart-lines"

/**
 * Quick order, order lists and reorder all end here: check every line, put
 * the good ones into the dealer's cart in one workflow run, report the rest.
 */
export async function fillCart(
  container: MedusaContainer,
  input: { customerId: string; cartId?: string; salesChannelId?: string; lines: WantedLine[]; dryRun?: boolean; locale: Locale }
) {
  // A dry run without a cart checks against an empty one rather than creating it.
  const cart =
    input.dryRun && !input.cartId
      ? { id: null, quantities: new Map<string, number>() }
      : await openCartOf(container, { customerId: input.customerId, cartId: input.cartId, salesChannelId: input.salesChannelId })
  const { accepted, refused } = await planCartLines(container, {
    lines: input.lines,
    inCart: cart.quantities,
    salesChannelId: input.salesChannelId,
  })
  if (!input.dryRun && cart.id && accepted.length) {
    await addToCartWorkflow(container).run({
      input: { cart_id: cart.id, items: accepted.map((l) => ({ variant_id: l.variant_id, quantity: l.quantity })) },
    })
  }
  return {
    cart_id: cart.id,
    dry_run: !!input.dryRun,
    added: accepted.map(({ line, sku, quantity, variant_id, title }) => ({ line, sku, quantity, variant_id, title })),
    rejected: refused.map((r) => ({
      line: r.line,
      sku: r.sku,
      quantity: r.quantity,
      code: r.code,
      message: wholesaleMessage(r.code, input.locale, r.params),
    })),
  }
}
