import { priceGate, withoutPrices } from "../price-gate"

describe("withoutPrices", () => {
  it("drops every price-like key at any depth and keeps the rest", () => {
    const body = {
      products: [
        {
          id: "prod_1",
          title: "饮用天然水",
          variants: [
            { id: "v1", sku: "A-1", calculated_price: { calculated_amount: 38 }, prices: [{ amount: 38 }] },
          ],
          price_set: { id: "ps" },
        },
      ],
      count: 1,
      created_at: new Date("2026-01-01T00:00:00Z"),
    }
    expect(withoutPrices(body)).toEqual({
      products: [{ id: "prod_1", title: "饮用天然水", variants: [{ id: "v1", sku: "A-1" }] }],
      count: 1,
      created_at: new Date("2026-01-01T00:00:00Z"),
    })
  })
})

describe("priceGate", () => {
  const call = async (visible: boolean, query: Record<string, unknown>) => {
    const sent: unknown[] = []
    const req: any = { query }
    const res: any = { json: (b: unknown) => sent.push(b) }
    const next = jest.fn()
    await priceGate(async () => visible)(req, res, next)
    res.json({ variants: [{ sku: "A", calculated_price: { amount: 1 } }] })
    return { req, sent, next }
  }

  it("removes the pricing context and price fields for callers who may not see prices", async () => {
    const { req, sent, next } = await call(false, {
      region_id: "reg_1",
      currency_code: "cny",
      fields: "title,*variants.calculated_price,variants.prices,handle",
    })
    expect(next).toHaveBeenCalledTimes(1)
    expect(req.query).toEqual({ fields: "title,handle" })
    expect(sent).toEqual([{ variants: [{ sku: "A" }] }])
  })

  it("leaves requests of callers who may see prices untouched", async () => {
    const { req, sent } = await call(true, { region_id: "reg_1", fields: "*variants.calculated_price" })
    expect(req.query).toEqual({ region_id: "reg_1", fields: "*variants.calculated_price" })
    expect(sent).toEqual([{ variants: [{ sku: "A", calculated_price: { amount: 1 } }] }])
  })
})
