import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { requestLocale } from "../../../../utils/locale"
import { wholesaleMessage } from "../../../../../modules/wholesale/messages"
import { clean, wholesaleError } from "../../../../../modules/wholesale/wholesale-error"
import { checkCartLines, goodsTotal } from "../../../../../workflows/wholesale/lib/check-cart"
import { tierOfCustomer } from "../../../../../workflows/wholesale/lib/dealer-tier"

/** GET /store/carts/:id/wholesale-check: what would stop this cart being submitted, before the dealer tries. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "customer_id", "completed_at", "items.id", "items.variant_id", "items.quantity", "items.unit_price"],
    filters: { id: req.params.id },
  })
  const cart: any = data[0]
  if (!cart || cart.customer_id !== req.auth_context.actor_id) throw wholesaleError("cart_not_found", {}, "not_found")
  const locale = requestLocale(req)
  const [problems, tier] = await Promise.all([
    checkCartLines(req.scope, cart, { minOrderAmount: true }),
    tierOfCustomer(req.scope, cart.customer_id),
  ])
  res.json({
    ok: problems.length === 0,
    subtotal: MathBN.convert(goodsTotal(cart.items ?? [])).toNumber(),
    min_order_amount: tier?.min_order_amount == null ? null : Number(tier.min_order_amount),
    problems: problems.map((p) => ({
      code: p.code,
      message: wholesaleMessage(p.code, locale, clean(p.details)),
      line_item_id: p.line_item_id ?? null,
      variant_id: (p.details.variant_id as string) ?? null,
      sku: (p.details.sku as string) ?? null,
    })),
  })
}
