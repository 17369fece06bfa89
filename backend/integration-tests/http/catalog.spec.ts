import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import { demoProducts } from "../../src/scripts/demo/products"
import { demoCategories } from "../../src/scripts/demo/categories"
import { STOREFRONT_KEY_TITLE } from "../../src/scripts/seed/store-setup"
import { DEMO_DEALER_PASSWORD, demoDealers } from "../../src/scripts/demo/dealers"
import { DEALER_MODULE } from "../../src/modules/dealer"

jest.setTimeout(180 * 1000)

const published = demoProducts.filter((p) => p.status !== "draft")
const countCategories = (tree: typeof demoCategories): number =>
  tree.reduce((n, c) => n + 1 + countCategories(c.children ?? []), 0)

// Any key naming a price or an amount, at any depth, in a body sent to a visitor is a leak.
function priceKeys(value: unknown, path = "$"): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => priceKeys(v, `${path}[${i}]`))
  if (!value || typeof value !== "object") return []
  return Object.entries(value).flatMap(([k, v]) => [
    ...(/price|amount/i.test(k) ? [`${path}.${k}`] : []),
    ...priceKeys(v, `${path}.${k}`),
  ])
}
function expectNoPrices(body: unknown) {
  expect(priceKeys(body)).toEqual([])
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let key: string
    let headers: { headers: Record<string, string> }

    beforeAll(async () => {
      const container = getContainer()
      await seed({ container, args: [] } as any)
      const apiKeys = await container.resolve(Modules.API_KEY).listApiKeys({ title: STOREFRONT_KEY_TITLE })
      key = apiKeys[0].token
      headers = { headers: { "x-publishable-api-key": key } }
    })

    describe("demo seed", () => {
      it("creates the brand owner's store, region, warehouse, shipping and catalog", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: regions } = await query.graph({
          entity: "region",
          fields: ["name", "currency_code", "countries.iso_2"],
        })
        expect(regions).toEqual([
          expect.objectContaining({ name: "中国大陆", currency_code: "cny", countries: [expect.objectContaining({ iso_2: "cn" })] }),
        ])
        const [store] = await container.resolve(Modules.STORE).listStores({}, { relations: ["supported_currencies"] })
        expect(store.name).toBe("DealerMall 经销商订货商城")
        expect(store.supported_currencies).toEqual([expect.objectContaining({ currency_code: "cny", is_default: true })])
        const preferences = await container.resolve(Modules.PRICING).listPricePreferences({})
        expect(preferences).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ attribute: "currency_code", value: "cny", is_tax_inclusive: true }),
            expect.objectContaining({ attribute: "region_id", is_tax_inclusive: true }),
          ])
        )
        const options = await container.resolve(Modules.FULFILLMENT).listShippingOptions({}, { relations: ["rules"] })
        // Two ways to deliver an order, and the way accepted returns come back (never offered at checkout).
        expect(options.map((o) => o.name).sort()).toEqual(["到仓自提", "售后退货", "物流配送"].sort())
        const returnRule = (name: string) => options.find((o) => o.name === name)!.rules.find((r: any) => r.attribute === "is_return")?.value
        expect(["到仓自提", "物流配送", "售后退货"].map(returnRule)).toEqual(["false", "false", "true"])
        const products = await container.resolve(Modules.PRODUCT).listProducts({}, { take: null })
        expect(products.length).toBe(demoProducts.length)
        expect(demoProducts.length).toBeGreaterThanOrEqual(60)
        const { data: levels } = await query.graph({
          entity: "inventory_level",
          fields: ["stocked_quantity", "inventory_item.sku"],
        })
        const variantCount = demoProducts.reduce((n, p) => n + p.variants.length, 0)
        expect(levels.length).toBe(variantCount)
        const first = demoProducts[0].variants[0]
        expect(levels.find((l: any) => l.inventory_item?.sku === first.sku)?.stocked_quantity).toBe(first.stock)
      })

      it("is idempotent: a second run creates nothing and fails on nothing", async () => {
        const container = getContainer()
        const count = async () => ({
          products: (await container.resolve(Modules.PRODUCT).listProducts({}, { take: null })).length,
          categories: (await container.resolve(Modules.PRODUCT).listProductCategories({}, { take: null })).length,
          regions: (await container.resolve(Modules.REGION).listRegions()).length,
          options: (await container.resolve(Modules.FULFILLMENT).listShippingOptions({})).length,
          locations: (await container.resolve(Modules.STOCK_LOCATION).listStockLocations({})).length,
          keys: (await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable" })).length,
          users: (await container.resolve(Modules.USER).listUsers()).length,
          levels: (await container.resolve(Modules.INVENTORY).listInventoryLevels({})).length,
          dealers: (await container.resolve(DEALER_MODULE).listDealers({})).length,
          customers: (await container.resolve(Modules.CUSTOMER).listCustomers({})).length,
          groups: (await container.resolve(Modules.CUSTOMER).listCustomerGroups({})).length,
        })
        const before = await count()
        await seed({ container, args: [] } as any)
        expect(await count()).toEqual(before)
        expect(before.categories).toBe(countCategories(demoCategories))
        expect(before.users).toBe(1)
        expect(before.dealers).toBe(demoDealers.length)
        expect(before.customers).toBe(demoDealers.length)
      })

      it("seeds a demo dealer in every review state, with its tier when approved", async () => {
        const rows = await getContainer().resolve(DEALER_MODULE).listDealers({})
        expect(new Set(rows.map((d: any) => d.status))).toEqual(
          new Set(["pending", "info_requested", "approved", "rejected", "suspended"])
        )
        for (const d of rows.filter((r: any) => r.status === "approved")) expect(d.tier_group_id).toBeTruthy()
        expect(rows.some((d: any) => !d.uscc_checksum_ok)).toBe(true)
        const login = await api.post("/auth/customer/emailpass", { email: demoDealers[0].email, password: DEMO_DEALER_PASSWORD })
        const me = await api.get("/store/dealers/me", { headers: { ...headers.headers, authorization: `Bearer ${login.data.token}` } })
        expect(me.data.dealer).toEqual(expect.objectContaining({ company_name: demoDealers[0].company_name, status: demoDealers[0].status }))
      })
    })

    describe("store catalog", () => {
      it("refuses a request without the publishable key", async () => {
        const res = await api.get("/store/products").catch((e: any) => e.response)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/publishable/i)
      })

      it("lists every published demo product, and no draft one", async () => {
        const res = await api.get("/store/products?limit=100&fields=handle", headers)
        expect(res.status).toBe(200)
        expect(res.data.count).toBe(published.length)
        const handles = res.data.products.map((p: any) => p.handle).sort()
        expect(handles).toEqual(published.map((p) => p.handle).sort())
      })

      it("finds a product by SKU, by barcode and by part of its Chinese name", async () => {
        const product = published.find((p) => p.variants.length > 1) ?? published[0]
        const variant = product.variants[product.variants.length - 1]

        const bySku = await api.get(`/store/products?q=${encodeURIComponent(variant.sku)}`, headers)
        expect(bySku.data.products.map((p: any) => p.handle)).toEqual([product.handle])

        const byBarcode = await api.get(`/store/products?q=${variant.barcode}`, headers)
        expect(byBarcode.data.products.map((p: any) => p.handle)).toEqual([product.handle])

        const fragment = product.title.slice(-4)
        const byName = await api.get(`/store/products?limit=100&q=${encodeURIComponent(fragment)}`, headers)
        const expected = published.filter((p) =>
          [p.title, p.subtitle, p.description].some((t) => t.includes(fragment)) ||
          p.variants.some((v) => v.title.includes(fragment))
        )
        expect(byName.data.products.map((p: any) => p.handle).sort()).toEqual(expected.map((p) => p.handle).sort())
      })

      it("filters by category", async () => {
        const leaf = published[0].category
        const { data } = await api.get(`/store/product-categories?handle=${leaf}`, headers)
        expect(data.product_categories).toHaveLength(1)
        const res = await api.get(`/store/products?limit=100&category_id[]=${data.product_categories[0].id}`, headers)
        const expected = published.filter((p) => p.category === leaf).map((p) => p.handle).sort()
        expect(res.data.products.map((p: any) => p.handle).sort()).toEqual(expected)
        expect(expected.length).toBeGreaterThan(0)
      })

      it("serves the category tree with English names in metadata", async () => {
        const { data } = await api.get(
          "/store/product-categories?parent_category_id=null&fields=name,handle,metadata,*category_children&limit=100",
          headers
        )
        expect(data.product_categories.map((c: any) => c.handle).sort()).toEqual(demoCategories.map((c) => c.handle).sort())
        const withChildren = data.product_categories.filter((c: any) => c.category_children.length > 0)
        expect(withChildren.length).toBeGreaterThanOrEqual(3)
        expect(data.product_categories[0].metadata.name_en).toBeTruthy()
      })

      it("serves generated product images from /static", async () => {
        const product = published[0]
        const { data } = await api.get(`/store/products?handle=${product.handle}&fields=thumbnail,*images`, headers)
        const url = new URL(data.products[0].thumbnail)
        expect(url.pathname).toMatch(/^\/static\/.+\.svg$/)
        const image = await api.get(url.pathname)
        expect(image.headers["content-type"]).toMatch(/image\/svg\+xml/)
        expect(String(image.data)).toContain("<svg")
        expect(data.products[0].images.length).toBeGreaterThanOrEqual(1)
      })
    })

    describe("price gating for visitors", () => {
      it("sends no price from product lists and details, even when asked for one", async () => {
        const { data: regions } = await api.get("/store/regions", headers)
        const regionId = regions.regions[0].id
        const handle = published[0].handle
        const asks = [
          `/store/products?region_id=${regionId}`,
          `/store/products?region_id=${regionId}&fields=*variants.calculated_price,*variants.prices`,
          `/store/products?currency_code=cny&fields=%2Bvariants.calculated_price`,
          `/store/products?handle=${handle}&region_id=${regionId}&fields=*variants,*variants.prices,*variants.calculated_price`,
          `/store/product-categories?fields=*products,*products.variants,*products.variants.prices`,
        ]
        for (const url of asks) {
          const res = await api.get(url, headers).catch((e: any) => e.response)
          expect([200, 400]).toContain(res.status)
          expectNoPrices(res.data)
        }
        const { data } = await api.get(`/store/products?handle=${handle}`, headers)
        const detail = await api.get(`/store/products/${data.products[0].id}?region_id=${regionId}&fields=*variants.calculated_price`, headers)
        expect(detail.status).toBe(200)
        expect(detail.data.product.handle).toBe(handle)
        expectNoPrices(detail.data)
      })

      it("sends no price from the product-variants route", async () => {
        const { data: regions } = await api.get("/store/regions", headers)
        const res = await api
          .get(`/store/product-variants?region_id=${regions.regions[0].id}&fields=*calculated_price,*prices`, headers)
          .catch((e: any) => e.response)
        expectNoPrices(res.data)
      })
    })

    describe("bad input", () => {
      it("answers a negative or non-numeric limit or offset with a 400 that names it", async () => {
        for (const [query, name] of [["limit=-1", "limit"], ["offset=-5", "offset"], ["limit=abc", "limit"]]) {
          const res = await api.get(`/store/products?${query}`, headers).catch((e: any) => e.response)
          expect(res.status).toBe(400)
          expect(res.data).toEqual({ type: "invalid_data", message: expect.stringContaining(name) })
        }
        const ok = await api.get("/store/products?limit=0", headers)
        expect(ok.data.products).toEqual([])
      })

      it("answers an unknown product id with a JSON 404", async () => {
        const res = await api.get("/store/products/prod_does_not_exist", headers).catch((e: any) => e.response)
        expect(res.status).toBe(404)
        expect(res.data.message).toMatch(/prod_does_not_exist/)
      })

      it("answers an unknown route with a JSON 404", async () => {
        const res = await api.get("/store/no-such-thing", headers).catch((e: any) => e.response)
        expect(res.status).toBe(404)
        expect(res.headers["content-type"]).toMatch(/json/)
        expect(res.data).toEqual(expect.objectContaining({ type: "not_found" }))
      })
    })
  },
})
