import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { wholesaleError } from "../../../../../../modules/wholesale/wholesale-error"
import { setContractPricesWorkflow } from "../../../../../../workflows/wholesale/set-contract-prices"
import { listContractPrices, loadDealerAndContract } from "../contract"

/** DELETE /admin/dealers/:id/contract-prices/:variant_id: the dealer pays its tier price again. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { dealer, contract } = await loadDealerAndContract(req.scope, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "variant", fields: ["id", "price_set.id"], filters: { id: req.params.variant_id } })
  const priceSetId = (data[0] as any)?.price_set?.id
  if (!priceSetId) throw wholesaleError("unknown_sku", { sku: req.params.variant_id }, "not_found")
  if (contract) {
    await setContractPricesWorkflow(req.scope).run({
      input: {
        dealer_id: dealer.id,
        company_name: dealer.company_name,
        contract: { customer_group_id: contract.customer_group_id, price_list_id: contract.price_list_id },
        prices: [{ price_set_id: priceSetId, amount: null }],
      },
    })
  }
  res.json({ contract_prices: await listContractPrices(req.scope, dealer.id) })
}
