import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseInput } from "../../utils/parse-input"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"
import { callerDealer } from "../caller"
import { CreateOrderListBody } from "./validators"
import { mergeItems, ownOrderList, presentOrderList } from "./order-list"

/** GET /store/order-lists: the dealer's saved lists (常购清单), shared by its members. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { dealerId } = await callerDealer(req)
  const lists = await req.scope
    .resolve<WholesaleModuleService>(WHOLESALE_MODULE)
    .listOrderLists({ dealer_id: dealerId }, { relations: ["items"], order: { updated_at: "DESC" }, take: 200 })
  res.json({
    order_lists: lists.map((l) => ({ id: l.id, name: l.name, items_count: l.items.length, updated_at: l.updated_at })),
  })
}

/** POST /store/order-lists */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseInput(CreateOrderListBody, req.body)
  const { dealerId, customerId } = await callerDealer(req)
  const wholesale = req.scope.resolve<WholesaleModuleService>(WHOLESALE_MODULE)
  const list = await wholesale.createOrderLists({ dealer_id: dealerId, name: body.name, created_by: customerId })
  if (body.items?.length) await wholesale.createOrderListItems(mergeItems(body.items).map((i) => ({ ...i, order_list_id: list.id })))
  res.status(201).json({ order_list: await presentOrderList(req.scope, await ownOrderList(req.scope, dealerId, list.id)) })
}
