import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refused, wholesaleFixture } from "../helpers/wholesale"
import { timeUntil } from "../helpers/eventually"

jest.setTimeout(300 * 1000)

// Odd amounts, so that one tier's price cannot appear in another's answer by coincidence.
const BASE = 130.7
const TIER_A = 81.3
const TIER_B = 93.9
const CONTRACT = 77.1
// The promise: a change is visible to dealers within one second.
const VISIBLE_WITHIN_MS = 1000

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let f: Awaited<ReturnType<typeof wholesaleFixture>>
    let tierA: any, tierB: any
    let a1: any, a2: any, b1: any, contract: any, pending: any
    let variant: { id: string; sku: string }
    let product: { id: string; handle: string; title: string }

    const list = (auth: any, params: Record<string, string | number> = {}) =>
      api.get(`/store/catalog/products?${new URLSearchParams({ region_id: f.region.id, limit: "100", ...(params as any) })}`, auth)
    // Any key naming a price, at any depth.
    const priceKeys = (body: unknown) => JSON.stringify(body).match(/"[a-z_]*price[a-z_]*":/g) ?? []
    // After each test's database restore the process listens again within about a second;
    // until then it serves uncached. Waiting for a hit proves the change below had to invalidate an entry.
    const warm = async (auth: any) => {
      const { value } = await timeUntil(() => list(auth), (r) => r.headers["x-catalog-cache"] === "hit", 5000)
      expect(value.headers["x-catalog-cache"]).toBe("hit")
    }
    const priceIn = (body: any, variantId = variant.id) =>
      body.products?.flatMap((p: any) => p.variants).find((v: any) => v.id === variantId)?.calculated_price?.calculated_amount
    const setMatrix = (amounts: { base: number; a: number; b: number }) =>
      api.post(
        "/admin/price-matrix",
        { rows: [{ variant_id: variant.id, base_amount: amounts.base, prices: { [tierA.id]: { amount: amounts.a, breaks: [] }, [tierB.id]: { amount: amounts.b, breaks: [] } } }] },
        f.staff
      )

    beforeAll(async () => {
      f = await wholesaleFixture(api, getContainer())
      tierA = await f.createTier("缓存一级")
      tierB = await f.createTier("缓存二级")
      ;[variant] = await f.plainVariants(1)
      await setMatrix({ base: BASE, a: TIER_A, b: TIER_B })
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "variant", fields: ["product.id", "product.handle", "product.title"], filters: { id: variant.id } })
      product = data[0].product
      a1 = await f.dealer(tierA)
      a2 = await f.dealer(tierA)
      b1 = await f.dealer(tierB)
      contract = await f.dealer(tierA)
      pending = await f.dealer(null, false)
      await api.post(`/admin/dealers/${contract.dealer.id}/contract-prices`, { prices: [{ sku: variant.sku, amount: CONTRACT }] }, f.staff)
    })

    it("prices the catalog per tier from a cache shared by the dealers of one tier, never across tiers", async () => {
      const first = await list(a1.owner)
      expect(first.headers["x-catalog-cache"]).toBe("miss")
      expect(priceIn(first.data)).toBe(TIER_A)
      const again = await list(a1.owner)
      expect(again.headers["x-catalog-cache"]).toBe("hit")
      expect(again.data).toEqual(first.data)

      // Another dealer of the same tier shares the entry …
      const sameTier = await list(a2.owner)
      expect(sameTier.headers["x-catalog-cache"]).toBe("hit")
      expect(priceIn(sameTier.data)).toBe(TIER_A)
      // … another tier and a contract dealer get their own, with their own prices only.
      const otherTier = await list(b1.owner)
      expect(otherTier.headers["x-catalog-cache"]).toBe("miss")
      expect(priceIn(otherTier.data)).toBe(TIER_B)
      expect(JSON.stringify(otherTier.data)).not.toContain(String(TIER_A))
      const own = await list(contract.owner)
      expect(own.headers["x-catalog-cache"]).toBe("miss")
      expect(priceIn(own.data)).toBe(CONTRACT)
      expect(JSON.stringify((await list(a2.owner)).data)).not.toContain(String(CONTRACT))

      // Visitors and unapproved dealers get the catalog without a single price.
      for (const who of [f.store(), pending.owner]) {
        const { data } = await list(who)
        expect(data.products.length).toBeGreaterThan(0)
        expect(priceKeys(data)).toEqual([])
        expect(JSON.stringify(data)).not.toMatch(/130\.7|81\.3/)
      }
    })

    it("gives each variant the price core's own product route gives the same dealer, for every product on the page", async () => {
      const ours = (await list(a1.owner)).data
      const core = (
        await api.get(`/store/products?region_id=${f.region.id}&limit=100&fields=${encodeURIComponent("id,*variants.calculated_price")}`, a1.owner)
      ).data
      const corePrices = Object.fromEntries(core.products.flatMap((p: any) => p.variants).map((v: any) => [v.id, Number(v.calculated_price?.calculated_amount)]))
      const ourPrices = Object.fromEntries(ours.products.flatMap((p: any) => p.variants).map((v: any) => [v.id, v.calculated_price?.calculated_amount]))
      expect(ours.count).toBe(core.count)
      expect(ourPrices).toEqual(corePrices)
      expect(Object.keys(ourPrices).length).toBeGreaterThan(5)
    })

    it("shows a price change to dealers within a second, whichever process wrote it", async () => {
      await warm(a1.owner)
      await setMatrix({ base: BASE, a: 82.7, b: TIER_B })
      const viaApi = await timeUntil(() => list(a1.owner), (r) => priceIn(r.data) === 82.7)
      expect(priceIn(viaApi.value.data)).toBe(82.7)
      expect(viaApi.elapsed).toBeLessThan(VISIBLE_WITHIN_MS)

      // A write this process knows nothing about (another server, a SQL console).
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await warm(a1.owner)
      await knex.raw(
        `UPDATE price SET amount = 84.1, raw_amount = '{"value":"84.1","precision":20}'
          WHERE price_list_id = ? AND price_set_id = (SELECT price_set_id FROM product_variant_price_set WHERE variant_id = ?)`,
        [tierA.price_list_id, variant.id]
      )
      const viaSql = await timeUntil(() => list(a1.owner), (r) => priceIn(r.data) === 84.1)
      expect(priceIn(viaSql.value.data)).toBe(84.1)
      expect(viaSql.elapsed).toBeLessThan(VISIBLE_WITHIN_MS)
      // The other tier's price was never touched.
      expect(priceIn((await list(b1.owner)).data)).toBe(TIER_B)
    })

    it("moves a dealer to its new tier's prices within a second, and takes prices away at once on suspension", async () => {
      expect(priceIn((await list(a2.owner)).data)).toBe(TIER_A)
      await warm(a2.owner)
      await api.post(`/admin/dealers/${a2.dealer.id}/tier`, { tier_id: tierB.id }, f.staff)
      const moved = await timeUntil(() => list(a2.owner), (r) => priceIn(r.data) === TIER_B)
      expect(priceIn(moved.value.data)).toBe(TIER_B)
      expect(moved.elapsed).toBeLessThan(VISIBLE_WITHIN_MS)

      await api.post(`/admin/dealers/${a2.dealer.id}/suspend`, { reason: "测试暂停" }, f.staff)
      const suspended = await list(a2.owner)
      expect(priceKeys(suspended.data)).toEqual([])
      expect(JSON.stringify(suspended.data)).not.toContain("93.9")
      // The tier's entry still serves the tier's other dealers.
      expect(priceIn((await list(b1.owner)).data)).toBe(TIER_B)
    })

    it("starts and ends a timed promotion at its own times, though nothing is written then", async () => {
      const startsAt = Date.now() + 2500
      const endsAt = startsAt + 2500
      await api.post(
        "/admin/price-lists",
        {
          title: "缓存限时促销",
          description: "test",
          type: "sale",
          status: "active",
          starts_at: new Date(startsAt).toISOString(),
          ends_at: new Date(endsAt).toISOString(),
          rules: { "customer.groups.id": [tierB.customer_group_id] },
          prices: [{ variant_id: variant.id, amount: 61.3, currency_code: "cny" }],
        },
        f.staff
      )
      expect(priceIn((await list(b1.owner)).data)).toBe(TIER_B)
      await warm(b1.owner)
      const started = await timeUntil(() => list(b1.owner), (r) => priceIn(r.data) === 61.3, 6000)
      expect(priceIn(started.value.data)).toBe(61.3)
      expect(Date.now() - startsAt).toBeLessThan(VISIBLE_WITHIN_MS)
      const ended = await timeUntil(() => list(b1.owner), (r) => priceIn(r.data) === TIER_B, 6000)
      expect(priceIn(ended.value.data)).toBe(TIER_B)
      expect(Date.now() - endsAt).toBeLessThan(VISIBLE_WITHIN_MS)
    })

    it("drops an unpublished product from listing, search and detail within a second, and brings it back", async () => {
      const detail = await api.get(`/store/catalog/products/${product.handle}?region_id=${f.region.id}`, a1.owner)
      expect(detail.data.product).toEqual(
        expect.objectContaining({ id: product.id, handle: product.handle, title: product.title, images: expect.any(Array), options: expect.any(Array) })
      )
      expect(detail.data.product.variants.find((v: any) => v.id === variant.id).calculated_price.calculated_amount).toBe(TIER_A)
      // Product pages share one in-process index of content, priced per identity.
      const pagePrice = async (auth: any) =>
        (await api.get(`/store/catalog/products/${product.handle}?region_id=${f.region.id}`, auth)).data.product.variants.find((v: any) => v.id === variant.id)
          .calculated_price.calculated_amount
      expect([await pagePrice(b1.owner), await pagePrice(contract.owner), await pagePrice(a2.owner)]).toEqual([TIER_B, CONTRACT, TIER_A])
      const visitorPage = (await api.get(`/store/catalog/products/${product.handle}`, f.store())).data
      expect(visitorPage.product.id).toBe(product.id)
      expect(priceKeys(visitorPage)).toEqual([])
      expect(detail.data.product.variants[0].options[0]).toEqual(expect.objectContaining({ value: expect.any(String), option: expect.objectContaining({ title: "规格" }) }))

      await warm(a1.owner)
      await api.post(`/admin/products/${product.id}`, { status: "draft" }, f.staff)
      const gone = await timeUntil(() => list(a1.owner), (r) => !r.data.products.some((p: any) => p.id === product.id))
      expect(gone.value.data.products.map((p: any) => p.id)).not.toContain(product.id)
      expect(gone.elapsed).toBeLessThan(VISIBLE_WITHIN_MS)
      const missing = await refused(api.get(`/store/catalog/products/${product.handle}`, a1.owner))
      expect(missing.status).toBe(404)
      expect(missing.data.message).toBe(`商品 ${product.handle} 不存在或已下架`)
      const english = await refused(api.get(`/store/catalog/products/${product.handle}`, f.store({ "accept-language": "en" })))
      expect(english.data.message).toBe(`Product ${product.handle} was not found`)

      await api.post(`/admin/products/${product.id}`, { status: "published" }, f.staff)
      const back = await timeUntil(() => list(a1.owner), (r) => r.data.products.some((p: any) => p.id === product.id))
      expect(back.elapsed).toBeLessThan(VISIBLE_WITHIN_MS)
    })

    it("shows stock changes within a second (stock is never cached)", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "variant",
        fields: ["inventory_items.inventory.id", "inventory_items.inventory.location_levels.location_id"],
        filters: { id: variant.id },
      })
      const item = data[0].inventory_items[0].inventory
      const level = (r: any) => r.data.variants.find((v: any) => v.variant_id === variant.id).stock.level
      const read = () => api.get(`/store/wholesale/variants?variant_id=${variant.id}`, a1.owner)
      expect(level(await read())).toBe("plenty")
      await api.post(`/admin/inventory-items/${item.id}/location-levels/${item.location_levels[0].location_id}`, { stocked_quantity: 0 }, f.staff)
      const out = await timeUntil(read, (r) => level(r) === "out")
      expect(level(out.value)).toBe("out")
      expect(out.elapsed).toBeLessThan(VISIBLE_WITHIN_MS)
    })

    it("searches Chinese substrings, SKUs and English titles, and pages in SQL", async () => {
      const search = async (q: string) => (await list(a1.owner, { q })).data
      for (const q of ["天然水", "泉源", "水"]) {
        const r = await search(q)
        expect(r.count).toBeGreaterThan(0)
        expect(r.products.every((p: any) => `${p.title} ${p.subtitle ?? ""} ${p.handle}`.includes(q))).toBe(true)
      }
      const bySku = await search(variant.sku.slice(0, 7).toLowerCase())
      expect(bySku.products.map((p: any) => p.id)).toContain(product.id)
      const byBarcode = await search("6920101001017")
      expect(byBarcode.products.map((p: any) => p.handle)).toEqual(["shanquanyuan-natural-water"])
      const english = await search("Natural Drinking")
      expect(english.products.map((p: any) => p.handle)).toContain("shanquanyuan-natural-water")
      expect((await search("不存在的商品名称xyz")).count).toBe(0)

      const all = (await list(a1.owner)).data
      const page2 = (await list(a1.owner, { limit: 3, offset: 3, order: "title" })).data
      const byTitle = [...all.products].sort((x: any, y: any) => (x.title < y.title ? -1 : x.title > y.title ? 1 : x.id < y.id ? -1 : 1))
      expect(page2.products.map((p: any) => p.id)).toEqual(byTitle.slice(3, 6).map((p: any) => p.id))
      expect(page2.count).toBe(all.count)
      const past = (await list(a1.owner, { limit: 3, offset: 5000 })).data
      expect(past).toEqual({ products: [], count: all.count, limit: 3, offset: 5000 })
    })

    it("refuses bad input with a 400 that names the field", async () => {
      for (const [params, field] of [[{ limit: 0 }, "limit"], [{ order: "price" }, "order"], [{ offset: -1 }, "offset"]] as const) {
        const r = await refused(list(a1.owner, params))
        expect(r.status).toBe(400)
        expect(r.data.message).toContain(field)
      }
      const region = await refused(api.get(`/store/catalog/products?region_id=reg_nope`, a1.owner))
      expect(region.status).toBe(400)
      expect(region.data.message).toBe("地区 reg_nope 不存在")
      const noKey = await refused(api.get(`/store/catalog/products`))
      expect(noKey.status).toBe(400)
      expect(noKey.data.message).toContain("x-publishable-api-key")
      expect(noKey.data.products).toBeUndefined()
    })
  },
})
