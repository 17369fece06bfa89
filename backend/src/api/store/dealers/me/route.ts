import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEALER_MODULE } from "../../../../modules/dealer"
import type DealerModuleService from "../../../../modules/dealer/service"
import { dealerError } from "../../../../modules/dealer/messages"
import { withDealerErrors } from "../../../utils/dealer-errors"
import { publicDealer } from "../../dealer-applications/route"
import { CREDIT_MODULE } from "../../../../modules/credit"
import type CreditModuleService from "../../../../modules/credit/service"

/** The signed-in customer's own dealer: status, reasons and history, never another company's. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await withDealerErrors(req, res, async () => {
    const service = req.scope.resolve<DealerModuleService>(DEALER_MODULE)
    const member = await service.retrieveMembership(req.auth_context.actor_id)
    if (!member) throw dealerError("no_dealer")
    const events = await service.listDealerEvents(
      { dealer_id: member.dealer.id },
      { select: ["action", "note", "created_at"], order: { created_at: "DESC" } }
    )
    const tier = member.dealer.tier_group_id
      ? (await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "customer_group",
          fields: ["id", "name"],
          filters: { id: member.dealer.tier_group_id },
        })).data[0] ?? null
      : null
    // Live terms come from the credit account once it exists (staff change them there).
    const [account] = await req.scope.resolve<CreditModuleService>(CREDIT_MODULE).listCreditAccounts({ dealer_id: member.dealer.id })
    const terms = account ? { credit_limit: Number(account.credit_limit), payment_terms_days: account.payment_terms_days } : {}
    res.json({
      dealer: { ...publicDealer(member.dealer), ...terms, tier },
      member: { role: member.role },
      events: events.map(({ action, note, created_at }) => ({ action, note, created_at })),
    })
  })
}
