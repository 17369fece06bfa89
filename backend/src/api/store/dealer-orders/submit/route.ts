import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  updateCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { z } from "zod"
import { parseInput } from "../../../utils/parse-input"
import { DEALER_PAYMENT_PROVIDER_ID } from "../../../../modules/dealer-payment/constants"
import { reviewError } from "../../../../modules/order-review/messages"
import { wholesaleError } from "../../../../modules/wholesale/wholesale-error"
import { openReviewForOrder } from "../../../../workflows/order-review/lib/open-review-for-order"
import { callerDealer } from "../../caller"
import { withCartStock } from "../../stock-lock"
import { AddressBody } from "../../dealers/me/addresses/validators"
import { listAddresses, ownAddress } from "../../dealers/me/addresses/address-book"
import { ownOrder } from "../dealer-order"
import { refuseWhenOverdue } from "../../credit/overdue-hold"
import { orderSummary } from "../present"

const Body = z.object({
  cart_id: z.string().min(1),
  address_id: z.string().min(1).optional(),
  shipping_address: AddressBody.omit({ is_default: true }).optional(),
  shipping_option_id: z.string().min(1).optional(),
  po_number: z.string().trim().max(60).optional(),
  delivery_note: z.string().trim().max(500).optional(),
  // How the dealer means to pay once approved; on account reserves credit at approval.
  payment_method: z.enum(["on_account", "bank_transfer", "prepaid"]).optional(),
})

const asCartAddress = (a: any, company: string) => ({
  first_name: a.contact_name,
  last_name: "",
  phone: a.phone,
  company,
  province: a.province,
  city: a.city,
  address_1: `${a.district ?? ""}${a.address}`,
  postal_code: a.postal_code ?? undefined,
  country_code: "cn",
  metadata: { district: a.district ?? null },
})

/**
 * POST /store/dealer-orders/submit: 提交订单. Puts the company address and the
 * order references on the cart, opens the pay-after-review payment (no money
 * moves), reserves stock under a lock and places the order, whose review
 * starts at once.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseInput(Body, req.body)
  const { dealerId, customerId, member } = await callerDealer(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "customer_id", "completed_at", "metadata", "items.id", "shipping_address.address_1", "shipping_methods.id", "payment_collection.id"],
    filters: { id: body.cart_id },
  })
  const cart: any = data[0]
  if (!cart || cart.customer_id !== customerId || cart.completed_at) throw wholesaleError("cart_not_found", { field: "cart_id" }, "not_found")
  if (!cart.items?.length) throw reviewError("cart_empty", {}, "invalid_data")

  await refuseWhenOverdue(req.scope, dealerId)

  const company = member.dealer.company_name as string
  const address = body.shipping_address
    ? body.shipping_address
    : body.address_id
      ? await ownAddress(req.scope, dealerId, body.address_id)
      : (await listAddresses(req.scope, dealerId))[0]
  if (!address && !cart.shipping_address?.address_1) throw reviewError("address_required", { field: "address_id" }, "invalid_data")
  await updateCartWorkflow(req.scope).run({
    input: {
      id: cart.id,
      ...(address ? { shipping_address: asCartAddress(address, company) } : {}),
      metadata: {
        ...(cart.metadata ?? {}),
        ...(body.po_number !== undefined ? { po_number: body.po_number } : {}),
        ...(body.delivery_note !== undefined ? { delivery_note: body.delivery_note } : {}),
        ...(body.payment_method ? { payment_method: body.payment_method } : {}),
      },
    } as any,
  })
  if (body.shipping_option_id) {
    await addShippingMethodToCartWorkflow(req.scope).run({ input: { cart_id: cart.id, options: [{ id: body.shipping_option_id }] } })
  } else if (!cart.shipping_methods?.length) {
    throw reviewError("shipping_required", { field: "shipping_option_id" }, "invalid_data")
  }

  let collectionId = cart.payment_collection?.id as string | undefined
  if (!collectionId) {
    await createPaymentCollectionForCartWorkflow(req.scope).run({ input: { cart_id: cart.id } })
    const { data: again } = await query.graph({ entity: "cart", fields: ["payment_collection.id"], filters: { id: cart.id } })
    collectionId = (again[0] as any).payment_collection.id
  }
  await createPaymentSessionsWorkflow(req.scope).run({
    input: { payment_collection_id: collectionId!, provider_id: DEALER_PAYMENT_PROVIDER_ID, customer_id: customerId },
  })

  const { result } = await withCartStock(req.scope, cart.id, () => completeCartWorkflow(req.scope).run({ input: { id: cart.id } }))
  await openReviewForOrder(req.scope, result.id)
  const { order, review } = await ownOrder(req.scope, dealerId, result.id)
  res.status(201).json({ order: orderSummary(order, review) })
}
