import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ListPriceInput = {
  price_set_id: string
  amount: number
  min_quantity?: number | null
  rules?: Record<string, string>
}
export type ReplaceListPricesInput = { price_list_id: string; price_set_ids: string[]; prices: ListPriceInput[] }[]

type Snapshot = { price_list_id: string; prices: (ListPriceInput & { currency_code: string })[] }[]

const CURRENCY = "cny"

/**
 * Replaces, per price list, all prices of the given price sets with new ones
 * (a tier's price and its breaks, or contract prices). Compensation removes the
 * new prices and puts the old ones back.
 */
export const replaceListPricesStep = createStep(
  "replace-list-prices",
  async (input: ReplaceListPricesInput, { container }) => {
    const pricing = container.resolve(Modules.PRICING)
    const snapshot: Snapshot = []
    const removed: string[] = []
    for (const list of input.filter((l) => l.price_set_ids.length)) {
      const old = await pricing.listPrices(
        { price_list_id: [list.price_list_id], price_set_id: list.price_set_ids } as any,
        { take: null, relations: ["price_rules"] }
      )
      snapshot.push({
        price_list_id: list.price_list_id,
        prices: old.map((p: any) => ({
          price_set_id: p.price_set_id,
          amount: Number(p.amount),
          currency_code: p.currency_code,
          min_quantity: p.min_quantity == null ? null : Number(p.min_quantity),
          rules: Object.fromEntries((p.price_rules ?? []).map((r: any) => [r.attribute, r.value])),
        })),
      })
      removed.push(...old.map((p: any) => p.id))
    }
    if (removed.length) await pricing.removePrices(removed)
    const toAdd = input
      .filter((l) => l.prices.length)
      .map((l) => ({ price_list_id: l.price_list_id, prices: l.prices.map((p) => ({ currency_code: CURRENCY, ...p })) }))
    const created = toAdd.length ? await pricing.addPriceListPrices(toAdd as any) : []
    return new StepResponse(created.length, { created: created.map((p) => p.id), snapshot })
  },
  async (undo, { container }) => {
    if (!undo) return
    const pricing = container.resolve(Modules.PRICING)
    if (undo.created.length) await pricing.removePrices(undo.created)
    const restore = undo.snapshot.filter((s) => s.prices.length)
    if (restore.length) await pricing.addPriceListPrices(restore as any)
  }
)
