import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { z } from "zod"
import { parseInput } from "../../../../utils/parse-input"
import { wholesaleError } from "../../../../../modules/wholesale/wholesale-error"
import { setContractPricesWorkflow } from "../../../../../workflows/wholesale/set-contract-prices"
import { listContractPrices, loadDealerAndContract } from "./contract"

const Body = z.object({
  prices: z
    .array(
      z
        .object({ variant_id: z.string().min(1).optional(), sku: z.string().trim().min(1).optional(), amount: z.number().positive().max(1e9) })
        .refine((p) => p.variant_id || p.sku, { message: "variant_id or sku is required" })
    )
    .min(1)
    .max(500),
})

/** GET /admin/dealers/:id/contract-prices */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await loadDealerAndContract(req.scope, req.params.id)
  res.json({ contract_prices: await listContractPrices(req.scope, req.params.id) })
}

/** POST /admin/dealers/:id/contract-prices: set (add or change) contract prices by variant id or SKU. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { prices } = parseInput(Body, req.body)
  const { dealer, contract } = await loadDealerAndContract(req.scope, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["id", "sku", "price_set.id"],
    filters: { $or: [{ id: prices.map((p) => p.variant_id).filter(Boolean) }, { sku: prices.map((p) => p.sku).filter(Boolean) }] } as any,
  })
  const input = prices.map((p) => {
    const v: any = variants.find((v: any) => (p.variant_id ? v.id === p.variant_id : v.sku === p.sku))
    if (!v?.price_set?.id) throw wholesaleError("unknown_sku", { sku: p.sku ?? p.variant_id ?? "", field: "prices" })
    return { price_set_id: v.price_set.id as string, amount: p.amount }
  })
  await setContractPricesWorkflow(req.scope).run({
    input: {
      dealer_id: dealer.id,
      company_name: dealer.company_name,
      contract: contract && { customer_group_id: contract.customer_group_id, price_list_id: contract.price_list_id },
      prices: input,
    },
  })
  res.json({ contract_prices: await listContractPrices(req.scope, dealer.id) })
}
