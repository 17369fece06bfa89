import { priced } from "../attach-prices"
import { memoForVersion } from "../version-memo"
import type { CatalogProduct } from "../load-products"

const product = (): CatalogProduct => ({
  id: "prod_1",
  title: "山泉源饮用天然水",
  subtitle: null,
  handle: "water",
  thumbnail: null,
  metadata: null,
  categories: [],
  variants: [
    { id: "v1", title: "550ml", sku: "A", barcode: null, ean: null, price_set_id: "ps_1" },
    { id: "v2", title: "380ml", sku: "B", barcode: null, ean: null, price_set_id: null },
  ],
})

const price = { calculated_amount: 20.4, original_amount: 24, currency_code: "cny", is_calculated_price_price_list: true, price_list_type: "override" }

describe("priced", () => {
  it("prices a copy for a dealer and leaves the shared product as it was", () => {
    const shared = product()
    const out = priced(shared, new Map([["ps_1", price]]))
    expect(out.variants.map((v) => v.calculated_price)).toEqual([price, null])
    expect(out.variants.every((v) => !("price_set_id" in v))).toBe(true)
    expect(shared.variants[0]).toEqual(expect.objectContaining({ price_set_id: "ps_1" }))
    expect("calculated_price" in shared.variants[0]).toBe(false)
  })

  it("gives visitors no price key at all", () => {
    const out = priced(product(), null)
    expect(JSON.stringify(out)).not.toMatch(/price/)
  })
})

describe("memoForVersion", () => {
  it("keeps a lookup while the version stays, drops it when the version moves, and never for no version", async () => {
    let loads = 0
    const load = async () => ++loads
    expect(await memoForVersion("v1", "k", load)).toBe(1)
    expect(await memoForVersion("v1", "k", load)).toBe(1)
    expect(await memoForVersion("v2", "k", load)).toBe(2)
    expect(await memoForVersion(null, "k", load)).toBe(3)
    expect(await memoForVersion(null, "k", load)).toBe(4)
  })

  it("does not remember a failed lookup", async () => {
    await expect(memoForVersion("v3", "bad", async () => Promise.reject(new Error("down")))).rejects.toThrow("down")
    await new Promise((r) => setImmediate(r))
    expect(await memoForVersion("v3", "bad", async () => "ok")).toBe("ok")
  })
})
