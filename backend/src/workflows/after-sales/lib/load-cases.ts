import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { AFTER_SALES_MODULE } from "../../../modules/after-sales"
import type AfterSalesModuleService from "../../../modules/after-sales/service"
import { afterSalesError } from "../../../modules/after-sales/messages"
import { presentCase } from "../../../modules/after-sales/present"
import { DEALER_MODULE } from "../../../modules/dealer"
import type DealerModuleService from "../../../modules/dealer/service"

/** Cases presented with their order numbers (and, for staff, their dealers), in the order given. */
export async function presentCases(container: MedusaContainer, cases: any[], locale: "zh" | "en", withDealer: boolean) {
  if (!cases.length) return []
  const orderIds = [...new Set(cases.map((c) => c.order_id))]
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderIds } })
  const displayIds = new Map(data.map((o: any) => [o.id, o.display_id]))
  const dealerIds = [...new Set(cases.map((c) => c.dealer_id).filter(Boolean))] as string[]
  const dealers = withDealer && dealerIds.length ? await container.resolve<DealerModuleService>(DEALER_MODULE).listDealers({ id: dealerIds }, { take: null }) : []
  const names = new Map(dealers.map((d) => [d.id, d]))
  return cases.map((c) =>
    presentCase(c, locale, {
      display_id: displayIds.get(c.order_id) ?? null,
      ...(withDealer ? { dealer: c.dealer_id && names.get(c.dealer_id) ? { id: c.dealer_id, company_name: names.get(c.dealer_id)!.company_name } : null } : {}),
    })
  )
}

/** One case with its history; for a dealer only its own company's (404 otherwise). */
export async function loadCase(container: MedusaContainer, id: string, dealerId?: string) {
  const [c] = await container
    .resolve<AfterSalesModuleService>(AFTER_SALES_MODULE)
    .listAfterSalesCases({ id, ...(dealerId ? { dealer_id: dealerId } : {}) }, { relations: ["events"] })
  if (!c) throw afterSalesError("case_not_found", {}, MedusaError.Types.NOT_FOUND)
  return c
}

/** Streams one photo of a case, only if the case lists it. */
export async function sendCasePhoto(container: MedusaContainer, c: any, fileId: string, res: any) {
  const listed = ((c.lines ?? []) as any[]).some((l) => (l.photos ?? []).includes(fileId))
  if (!listed) throw afterSalesError("photo_not_found", {}, MedusaError.Types.NOT_FOUND)
  const buffer: Buffer = await container.resolve("file").getAsBuffer(fileId)
  const mime = buffer[0] === 0xff ? "image/jpeg" : buffer[0] === 0x89 ? "image/png" : "application/pdf"
  res.setHeader("Content-Type", mime)
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.send(buffer)
}
