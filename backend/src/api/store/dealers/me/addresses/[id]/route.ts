import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseInput } from "../../../../../utils/parse-input"
import { DEALER_MODULE } from "../../../../../../modules/dealer"
import type DealerModuleService from "../../../../../../modules/dealer/service"
import { reviewError } from "../../../../../../modules/order-review/messages"
import { callerDealer } from "../../../../caller"
import { AddressUpdateBody } from "../validators"
import { clearDefault, ownAddress, presentAddress } from "../address-book"

async function editable(req: AuthenticatedMedusaRequest) {
  const { dealerId, member } = await callerDealer(req)
  if (member.role === "finance") throw reviewError("role_cannot_edit_addresses", {}, "forbidden")
  return { dealerId, address: await ownAddress(req.scope, dealerId, req.params.id) }
}

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseInput(AddressUpdateBody, req.body)
  const { dealerId, address } = await editable(req)
  const updated = await req.scope.resolve<DealerModuleService>(DEALER_MODULE).updateDealerAddresses({ id: address.id, ...body })
  if (body.is_default) await clearDefault(req.scope, dealerId, address.id)
  res.json({ address: presentAddress(updated) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { address } = await editable(req)
  await req.scope.resolve<DealerModuleService>(DEALER_MODULE).deleteDealerAddresses(address.id)
  res.json({ id: address.id, object: "address", deleted: true })
}
