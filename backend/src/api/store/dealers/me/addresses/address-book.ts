import type { MedusaContainer } from "@medusajs/framework/types"
import { DEALER_MODULE } from "../../../../../modules/dealer"
import type DealerModuleService from "../../../../../modules/dealer/service"
import { reviewError } from "../../../../../modules/order-review/messages"

const FIELDS = ["id", "contact_name", "phone", "province", "city", "district", "address", "postal_code", "is_default", "created_at"] as const

export function presentAddress(a: any) {
  return Object.fromEntries(FIELDS.map((k) => [k, a[k] ?? null]))
}

/** The dealer's addresses, default first, then newest. */
export async function listAddresses(container: MedusaContainer, dealerId: string) {
  const rows = await container
    .resolve<DealerModuleService>(DEALER_MODULE)
    .listDealerAddresses({ dealer_id: dealerId }, { order: { created_at: "DESC" }, take: 100 })
  return rows.sort((a, b) => Number(b.is_default) - Number(a.is_default)).map(presentAddress)
}

export async function ownAddress(container: MedusaContainer, dealerId: string, id: string) {
  const [address] = await container.resolve<DealerModuleService>(DEALER_MODULE).listDealerAddresses({ id, dealer_id: dealerId })
  if (!address) throw reviewError("address_not_found", {}, "not_found")
  return address
}

/** Makes one address the default by clearing the flag on the others. */
export async function clearDefault(container: MedusaContainer, dealerId: string, except: string) {
  const dealers = container.resolve<DealerModuleService>(DEALER_MODULE)
  const others = await dealers.listDealerAddresses({ dealer_id: dealerId, is_default: true })
  const stale = others.filter((a) => a.id !== except)
  if (stale.length) await dealers.updateDealerAddresses(stale.map((a) => ({ id: a.id, is_default: false })))
}
