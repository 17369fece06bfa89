import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { z } from "zod"
import { parseInput } from "../../../../utils/parse-input"
import { requestLocale } from "../../../../utils/locale"
import { DEALER_MODULE } from "../../../../../modules/dealer"
import type DealerModuleService from "../../../../../modules/dealer/service"
import { wholesaleMessage } from "../../../../../modules/wholesale/messages"
import { wholesaleError } from "../../../../../modules/wholesale/wholesale-error"
import { fillCart } from "../../../../../workflows/wholesale/lib/fill-cart"
import { callerDealer, salesChannelOf } from "../../../caller"

const Body = z.object({ cart_id: z.string().min(1).optional() })

/**
 * POST /store/orders/:id/reorder: every line of one of the dealer's past
 * orders back into the cart at today's prices, saying what changed and what
 * can no longer be ordered.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseInput(Body, req.body)
  const { customerId, dealerId } = await callerDealer(req)
  const locale = requestLocale(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const members = await req.scope.resolve<DealerModuleService>(DEALER_MODULE).listDealerMembers({ dealer_id: dealerId })
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", "items.id", "items.variant_id", "items.variant_sku", "items.title", "items.product_title", "items.quantity", "items.detail.quantity", "items.unit_price"],
    filters: { id: req.params.id },
  })
  const order: any = data[0]
  if (!order || !members.some((m) => m.customer_id === order.customer_id)) throw wholesaleError("order_not_found", {}, "not_found")

  // An order line's quantity lives on its detail row.
  const items: any[] = (order.items ?? []).map((i: any) => ({ ...i, quantity: Number(i.detail?.quantity ?? i.quantity) }))
  const lines = items.map((item, i) => ({ line: i + 1, variant_id: item.variant_id ?? "missing", sku: item.variant_sku, quantity: Number(item.quantity) }))
  const report = await fillCart(req.scope, { customerId, cartId: body.cart_id, salesChannelId: salesChannelOf(req), lines, locale })

  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["items.variant_id", "items.unit_price"],
    filters: { id: report.cart_id! },
  })
  const priceNow = new Map(((carts[0] as any)?.items ?? []).map((i: any) => [i.variant_id, Number(i.unit_price)]))
  res.json({
    cart_id: report.cart_id,
    added: report.added.map((a) => {
      const item = items[a.line - 1]
      const old = Number(item.unit_price)
      const now = (priceNow.get(a.variant_id) as number | undefined) ?? null
      return { sku: a.sku, title: a.title, quantity: a.quantity, old_unit_price: old, new_unit_price: now, price_changed: now !== null && now !== old }
    }),
    unavailable: report.rejected.map((r) => {
      const item = items[r.line - 1]
      const title = [item.product_title, item.title].filter((t, i, all) => t && all.indexOf(t) === i).join(" ")
      const gone = r.code === "unknown_sku"
      return {
        sku: item.variant_sku ?? r.sku,
        title,
        quantity: Number(item.quantity),
        code: gone ? "unavailable" : r.code,
        message: gone ? wholesaleMessage("unavailable", locale, { title }) : r.message,
      }
    }),
  })
}
