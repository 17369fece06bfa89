import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseInput } from "../../../utils/parse-input"
import { WHOLESALE_MODULE } from "../../../../modules/wholesale"
import type WholesaleModuleService from "../../../../modules/wholesale/service"
import { callerDealer } from "../../caller"
import { UpdateOrderListBody } from "../validators"
import { mergeItems, ownOrderList, presentOrderList } from "../order-list"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { dealerId } = await callerDealer(req)
  res.json({ order_list: await presentOrderList(req.scope, await ownOrderList(req.scope, dealerId, req.params.id)) })
}

/** POST /store/order-lists/:id: rename, and/or replace the items. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseInput(UpdateOrderListBody, req.body)
  const { dealerId } = await callerDealer(req)
  const list = await ownOrderList(req.scope, dealerId, req.params.id)
  const wholesale = req.scope.resolve<WholesaleModuleService>(WHOLESALE_MODULE)
  if (body.name) await wholesale.updateOrderLists({ id: list.id, name: body.name })
  if (body.items) {
    if (list.items.length) await wholesale.deleteOrderListItems(list.items.map((i) => i.id))
    if (body.items.length) await wholesale.createOrderListItems(mergeItems(body.items).map((i) => ({ ...i, order_list_id: list.id })))
    if (!body.name) await wholesale.updateOrderLists({ id: list.id, name: list.name })
  }
  res.json({ order_list: await presentOrderList(req.scope, await ownOrderList(req.scope, dealerId, list.id)) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { dealerId } = await callerDealer(req)
  const list = await ownOrderList(req.scope, dealerId, req.params.id)
  await req.scope.resolve<WholesaleModuleService>(WHOLESALE_MODULE).deleteOrderLists(list.id)
  res.json({ id: list.id, object: "order_list", deleted: true })
}
