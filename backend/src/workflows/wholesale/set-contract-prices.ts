import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createCustomerGroupsStep,
  createPriceListsStep,
  linkCustomersToCustomerGroupStep,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { createDealerContractStep } from "./steps/create-dealer-contract"
import { replaceListPricesStep } from "./steps/replace-list-prices"

export type SetContractPricesInput = {
  dealer_id: string
  company_name: string
  /** The dealer's contract, when it already has one. */
  contract: { customer_group_id: string; price_list_id: string } | null
  /** Price sets to replace: with an amount to set, or null to remove the contract price. */
  prices: { price_set_id: string; amount: number | null }[]
}

const RULE = "customer.groups.id"

/**
 * Sets or removes contract prices (专属价) of one dealer. The first one
 * creates the dealer's own customer group (holding its logins) and an
 * override price list on it. Each contract price also carries a price rule on
 * the group, so it has more rules than any tier price and core ranks it first.
 */
export const setContractPricesWorkflow = createWorkflow("set-contract-prices", (input: SetContractPricesInput) => {
  const lockKey = transform({ input }, ({ input }) => `dealer:${input.dealer_id}:contract`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })

  const created = when({ input }, ({ input }) => !input.contract).then(() => {
    const groups = createCustomerGroupsStep(
      transform({ input }, ({ input }) => [{ name: `专属价 · ${input.company_name} · ${input.dealer_id.slice(-6)}`, metadata: { dealer_contract: input.dealer_id } }]) as any
    )
    const lists = createPriceListsStep(
      transform({ input, groups }, ({ input, groups }) => ({
        data: [
          {
            title: `专属价 · ${input.company_name}`,
            description: `Contract prices of dealer ${input.dealer_id}`,
            type: "override",
            status: "active",
            rules: { [RULE]: [groups[0].id] },
          },
        ],
        variant_price_map: {},
      })) as any
    )
    const { data: members } = useQueryGraphStep({
      entity: "dealer_member",
      fields: ["customer_id"],
      filters: { dealer_id: input.dealer_id },
    }).config({ name: "contract-members" })
    linkCustomersToCustomerGroupStep(
      transform({ groups, members }, ({ groups, members }) => ({ id: groups[0].id, add: members.map((m: any) => m.customer_id) }))
    )
    const contract = createDealerContractStep(
      transform({ input, groups, lists }, ({ input, groups, lists }) => ({
        dealer_id: input.dealer_id,
        customer_group_id: groups[0].id,
        price_list_id: lists[0].id,
      }))
    )
    return contract
  })

  const replace = transform({ input, created }, ({ input, created }) => {
    const contract = input.contract ?? created!
    return [
      {
        price_list_id: contract.price_list_id,
        price_set_ids: input.prices.map((p) => p.price_set_id),
        prices: input.prices
          .filter((p) => p.amount !== null)
          .map((p) => ({ price_set_id: p.price_set_id, amount: p.amount!, rules: { [RULE]: contract.customer_group_id } })),
      },
    ]
  })
  replaceListPricesStep(replace)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(replace)
})
