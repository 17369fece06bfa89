import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseInput } from "../../../../utils/parse-input"
import { requestLocale } from "../../../../utils/locale"
import { fillCart } from "../../../../../workflows/wholesale/lib/fill-cart"
import { callerDealer, salesChannelOf } from "../../../caller"
import { ListToCartBody } from "../../validators"
import { ownOrderList, presentOrderList } from "../../order-list"

/** POST /store/order-lists/:id/cart: the whole list into the cart, with the quick-order report. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseInput(ListToCartBody, req.body)
  const { dealerId, customerId } = await callerDealer(req)
  const list = await presentOrderList(req.scope, await ownOrderList(req.scope, dealerId, req.params.id))
  const lines = list.items.map((i, n) => ({ line: n + 1, variant_id: i.variant_id, sku: i.sku ?? undefined, quantity: i.quantity }))
  res.json(
    await fillCart(req.scope, { customerId, cartId: body.cart_id, salesChannelId: salesChannelOf(req), lines, locale: requestLocale(req) })
  )
}
