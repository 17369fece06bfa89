import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseInput } from "../../../../utils/parse-input"
import { DEALER_MODULE } from "../../../../../modules/dealer"
import type DealerModuleService from "../../../../../modules/dealer/service"
import { reviewError } from "../../../../../modules/order-review/messages"
import { callerDealer } from "../../../caller"
import { AddressBody } from "./validators"
import { clearDefault, listAddresses, presentAddress } from "./address-book"

/** GET /store/dealers/me/addresses: the company's delivery addresses, for every member. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { dealerId } = await callerDealer(req)
  res.json({ addresses: await listAddresses(req.scope, dealerId) })
}

/** POST /store/dealers/me/addresses: owners and buyers add one; the first one is the default. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { dealerId, member } = await callerDealer(req)
  if (member.role === "finance") throw reviewError("role_cannot_edit_addresses", {}, "forbidden")
  const body = parseInput(AddressBody, req.body)
  const dealers = req.scope.resolve<DealerModuleService>(DEALER_MODULE)
  const first = (await dealers.listDealerAddresses({ dealer_id: dealerId }, { take: 1 })).length === 0
  const address = await dealers.createDealerAddresses({ ...body, postal_code: body.postal_code ?? null, is_default: first || !!body.is_default, dealer_id: dealerId })
  if (address.is_default) await clearDefault(req.scope, dealerId, address.id)
  res.status(201).json({ address: presentAddress(address) })
}
