import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type BasePriceInput = { price_set_id: string; amount: number }[]

const CURRENCY = "cny"

/** Sets each variant's base (list) price in CNY; compensation restores the old amounts. */
export const setBasePricesStep = createStep(
  "set-base-prices",
  async (input: BasePriceInput, { container }) => {
    const pricing = container.resolve(Modules.PRICING)
    if (!input.length) return new StepResponse(0, { updated: [], created: [] })
    const existing = await pricing.listPrices(
      { price_set_id: input.map((i) => i.price_set_id), price_list_id: null, currency_code: CURRENCY } as any,
      { take: null, select: ["id", "price_set_id", "amount", "rules_count", "min_quantity"] }
    )
    const current = new Map(
      existing.filter((p: any) => !p.rules_count && p.min_quantity == null).map((p: any) => [p.price_set_id, p])
    )
    const updated: { id: string; amount: number }[] = []
    const toCreate: typeof input = []
    for (const i of input) {
      const price = current.get(i.price_set_id)
      if (price) {
        updated.push({ id: price.id, amount: Number(price.amount) })
        await (pricing as any).updatePrices({ id: price.id, amount: i.amount } as any)
      } else toCreate.push(i)
    }
    const created = toCreate.length
      ? await pricing.addPrices(toCreate.map((i) => ({ priceSetId: i.price_set_id, prices: [{ currency_code: CURRENCY, amount: i.amount }] })))
      : []
    return new StepResponse(input.length, { updated, created: created.map((p: any) => p.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const pricing = container.resolve(Modules.PRICING)
    for (const p of undo.updated) await (pricing as any).updatePrices({ id: p.id, amount: p.amount } as any)
    if (undo.created.length) await pricing.removePrices(undo.created)
  }
)
