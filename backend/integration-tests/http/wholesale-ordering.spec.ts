import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { refused, wholesaleFixture } from "../helpers/wholesale"
import { xlsx } from "../helpers/xlsx"
import { demoProducts } from "../../src/scripts/demo/products"
import { demoRule } from "../../src/scripts/demo/wholesale"

jest.setTimeout(240 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let f: Awaited<ReturnType<typeof wholesaleFixture>>
    let tier: any
    let buyer: any, other: any, pending: any
    let cased: { id: string; sku: string }, plain: { id: string; sku: string }, spare: { id: string; sku: string }
    let scarce: { id: string; sku: string; stock: number }, soldOut: { sku: string }

    const en = (auth: any) => ({ headers: { ...auth.headers, "accept-language": "en" } })
    const setRule = (variant_id: string, rules: any) => api.post("/admin/price-matrix", { rows: [{ variant_id, rules }] }, f.staff)
    const newCart = async (auth: any) => (await api.post("/store/carts", { region_id: f.region.id }, auth)).data.cart.id as string

    /** Address, shipping and the default payment provider: everything but submitting. */
    async function readyToSubmit(cartId: string, auth: any) {
      await api.post(
        `/store/carts/${cartId}`,
        { shipping_address: { first_name: "伟", last_name: "王", address_1: "张江路 88 号", city: "上海市", province: "上海市", country_code: "cn", postal_code: "201203", phone: "13812345678" } },
        auth
      )
      const options = await api.get(`/store/shipping-options?cart_id=${cartId}`, auth)
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.data.shipping_options[0].id }, auth)
      const pc = await api.post("/store/payment-collections", { cart_id: cartId }, auth)
      await api.post(`/store/payment-collections/${pc.data.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, auth)
    }

    beforeAll(async () => {
      f = await wholesaleFixture(api, getContainer())
      tier = await f.createTier("订货规则测试等级")
      buyer = await f.dealer(tier)
      other = await f.dealer(tier)
      pending = await f.dealer(null, false)
      // Three variants of three different products, so taking one product off sale leaves the others.
      const candidates = await f.plainVariants(12)
      const { data: owners } = await getContainer().resolve("query").graph({ entity: "variant", fields: ["id", "product_id"], filters: { id: candidates.map((c) => c.id) } })
      const productOf = new Map(owners.map((o: any) => [o.id, o.product_id]))
      const distinct = candidates.filter((c, i) => candidates.findIndex((d) => productOf.get(d.id) === productOf.get(c.id)) === i)
      ;[cased, plain, spare] = distinct
      await setRule(cased.id, { min_quantity: 6, multiple: 6, max_quantity: 60 })
      const query = getContainer().resolve("query")
      const live = demoProducts.filter((p) => p.status !== "draft").flatMap((p) => p.variants)
      const low = live.find((v) => v.stock > 0 && v.stock < 10 && !demoRule(v.sku))!
      soldOut = live.find((v) => v.stock === 0)!
      const { data } = await query.graph({ entity: "variant", fields: ["id", "sku"], filters: { sku: [low.sku] } })
      scarce = { id: data[0].id, sku: low.sku, stock: low.stock }
    })

    it("refuses quantities that break 起订量, 订货倍数 and 限购 on add and on change, in the dealer's language", async () => {
      const cartId = await newCart(buyer.owner)
      const add = (quantity: number, auth = buyer.owner) => refused(api.post(`/store/carts/${cartId}/line-items`, { variant_id: cased.id, quantity }, auth))
      const below = await add(3)
      expect(below.status).toBe(400)
      expect(below.data).toEqual(
        expect.objectContaining({ code: "below_min_quantity", variant_id: cased.id, sku: cased.sku, min_quantity: 6, message: expect.stringMatching(/起订量为 6 件$/) })
      )
      expect((await refused(api.post(`/store/carts/${cartId}/line-items`, { variant_id: cased.id, quantity: 3 }, en(buyer.owner)))).data.message).toMatch(
        /the minimum order quantity is 6$/
      )
      expect([(await add(8)).data.code, (await add(8)).data.multiple]).toEqual(["not_multiple", 6])
      expect([(await add(66)).data.code, (await add(66)).data.message]).toEqual(["above_max_quantity", expect.stringMatching(/每单限购 60 件/)])
      const ok = await add(6)
      expect(ok.status).toBe(200)
      const lineId = ok.data.cart.items[0].id
      const change = (quantity: number) => refused(api.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity }, buyer.owner))
      expect((await change(8)).data.code).toBe("not_multiple")
      expect((await change(12)).data.cart.items[0].quantity).toBe(12)
      // Adding the same variant again counts the sum: 12 + 54 = 66 is over the limit, 12 + 6 is fine.
      expect((await add(54)).data.code).toBe("above_max_quantity")
      expect((await add(6)).data.cart.items.map((i: any) => i.quantity)).toEqual([18])
      const cart = await api.get(`/store/carts/${cartId}`, buyer.owner)
      expect(cart.data.cart.items.map((i: any) => i.quantity)).toEqual([18])
    })

    it("holds the rules and the tier's minimum order amount on submission, and reports them beforehand", async () => {
      const cartId = await newCart(buyer.owner)
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: cased.id, quantity: 6 }, buyer.owner)
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: plain.id, quantity: 2 }, buyer.owner)
      await readyToSubmit(cartId, buyer.owner)

      // Staff raise the case pack after the line was added: submission re-checks it.
      await setRule(cased.id, { min_quantity: 12, multiple: 12, max_quantity: 60 })
      const check = await api.get(`/store/carts/${cartId}/wholesale-check`, buyer.owner)
      expect(check.data.ok).toBe(false)
      expect(check.data.problems).toEqual([expect.objectContaining({ code: "below_min_quantity", sku: cased.sku, message: expect.stringContaining("起订量为 12 件") })])
      const refusedRule = await refused(api.post(`/store/carts/${cartId}/complete`, {}, buyer.owner))
      expect([refusedRule.status, refusedRule.data.code]).toEqual([400, "below_min_quantity"])
      await setRule(cased.id, { min_quantity: 6, multiple: 6, max_quantity: 60 })

      await api.post(`/admin/tiers/${tier.id}`, { min_order_amount: 1_000_000 }, f.staff)
      const check2 = await api.get(`/store/carts/${cartId}/wholesale-check`, buyer.owner)
      expect(check2.data).toEqual(
        expect.objectContaining({ ok: false, min_order_amount: 1_000_000, problems: [expect.objectContaining({ code: "below_min_order_amount" })] })
      )
      const tooSmall = await refused(api.post(`/store/carts/${cartId}/complete`, {}, en(buyer.owner)))
      expect([tooSmall.status, tooSmall.data.code, tooSmall.data.min_order_amount]).toEqual([400, "below_min_order_amount", 1_000_000])
      expect(tooSmall.data.message).toMatch(/below the minimum order amount of ¥1000000/)
      expect((await api.get(`/store/carts/${cartId}`, buyer.owner)).data.cart.completed_at).toBeNull()

      await api.post(`/admin/tiers/${tier.id}`, { min_order_amount: 10 }, f.staff)
      expect((await api.get(`/store/carts/${cartId}/wholesale-check`, buyer.owner)).data).toEqual(expect.objectContaining({ ok: true, problems: [] }))
      const done = await api.post(`/store/carts/${cartId}/complete`, {}, buyer.owner)
      expect(done.data.type).toBe("order")

      const stranger = await refused(api.get(`/store/carts/${cartId}/wholesale-check`, other.owner))
      expect(stranger.status).toBe(404)
    })

    it("quick order: checks every pasted line, adds the good ones in one go and reports the rest", async () => {
      const text = [
        "SKU 数量",
        `${cased.sku} 12`,
        `${plain.sku}，3`,
        "NO-SUCH-SKU 5",
        `${cased.sku} 4`,
        `${spare.sku} abc`,
        `${scarce.sku} ${scarce.stock + 5}`,
        `${soldOut.sku} 1`,
        "",
      ].join("\n")
      const dry = await api.post("/store/quick-order", { text, dry_run: true }, buyer.owner)
      expect(dry.data.cart_id).toBeNull()
      expect(dry.data.added.map((a: any) => a.sku)).toEqual([cased.sku, plain.sku])

      const res = await api.post("/store/quick-order", { text }, buyer.owner)
      expect(res.data.added.map((a: any) => [a.line, a.sku, a.quantity])).toEqual([
        [2, cased.sku, 12],
        [3, plain.sku, 3],
      ])
      expect(res.data.rejected.map((r: any) => [r.line, r.code])).toEqual([
        [4, "unknown_sku"],
        [5, "not_multiple"],
        [6, "bad_quantity"],
        [7, "insufficient_stock"],
        [8, "out_of_stock"],
      ])
      expect(res.data.rejected[3].message).toContain(`当前可订 ${scarce.stock} 件`)
      const cart = await api.get(`/store/carts/${res.data.cart_id}`, buyer.owner)
      expect(cart.data.cart.items.map((i: any) => [i.variant_sku, i.quantity]).sort()).toEqual([[cased.sku, 12], [plain.sku, 3]].sort())

      // The same cart again: the case pack counts what is already there (12 + 6 = 18 is fine, 12 + 50 is over 60).
      const more = await api.post("/store/quick-order", { cart_id: res.data.cart_id, lines: [{ sku: cased.sku, quantity: 6 }, { sku: cased.sku, quantity: 48 }] }, buyer.owner)
      expect([more.data.added.length, more.data.rejected.map((r: any) => r.code)]).toEqual([1, ["above_max_quantity"]])

      const theirs = await refused(api.post("/store/quick-order", { cart_id: res.data.cart_id, text: `${plain.sku} 1` }, other.owner))
      expect([theirs.status, theirs.data.code]).toEqual([404, "cart_not_found"])
      expect((await api.get(`/store/carts/${res.data.cart_id}`, buyer.owner)).data.cart.items.length).toBe(2)
      const notApproved = await refused(api.post("/store/quick-order", { text: `${plain.sku} 1` }, pending.owner))
      expect([notApproved.status, notApproved.data.code]).toEqual([403, "dealer_not_approved"])
      const empty = await refused(api.post("/store/quick-order", { text: "   \n" }, buyer.owner))
      expect([empty.status, empty.data.code]).toEqual([400, "bad_line"])
    })

    it("quick order from an uploaded CSV or XLSX file, checked by content", async () => {
      const upload = (name: string, data: Buffer, type: string) => {
        const form = new FormData()
        form.append("file", new Blob([new Uint8Array(data)], { type }), name)
        return refused(api.post("/store/quick-order", form, buyer.owner))
      }
      const csv = await upload("订货.csv", Buffer.from(`\uFEFFsku,quantity\r\n${plain.sku},4\r\nNOPE,1\r\n`), "text/csv")
      expect([csv.data.added.map((a: any) => [a.sku, a.quantity]), csv.data.rejected.map((r: any) => [r.line, r.code])]).toEqual([
        [[plain.sku, 4]],
        [[3, "unknown_sku"]],
      ])
      const sheet = await upload("订货.xlsx", xlsx([["商品编码", "数量"], [cased.sku, 6], [spare.sku, 2]]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
      expect(sheet.data.added.map((a: any) => [a.line, a.sku, a.quantity])).toEqual([
        [2, cased.sku, 6],
        [3, spare.sku, 2],
      ])
      const cart = await api.get(`/store/carts/${sheet.data.cart_id}`, buyer.owner)
      expect(cart.data.cart.items.length).toBe(2)
      const binary = await upload("x.xlsx", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]), "application/octet-stream")
      expect([binary.status, binary.data.code]).toEqual([400, "file_type"])
    })

    it("reorders a past order at today's prices, saying what changed and what is gone, for its own dealer only", async () => {
      const cartId = await newCart(buyer.owner)
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: plain.id, quantity: 2 }, buyer.owner)
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: spare.id, quantity: 1 }, buyer.owner)
      await readyToSubmit(cartId, buyer.owner)
      const order = (await api.post(`/store/carts/${cartId}/complete`, {}, buyer.owner)).data.order
      const oldPlain = Number(order.items.find((i: any) => i.variant_id === plain.id).unit_price)

      await api.post("/admin/price-matrix", { rows: [{ variant_id: plain.id, prices: { [tier.id]: { amount: 11.11, breaks: [] } } }] }, f.staff)
      const { data: spareVariant } = await api.get(`/admin/products?q=${spare.sku}&fields=id,status`, f.staff)
      await api.post(`/admin/products/${spareVariant.products[0].id}`, { status: "draft" }, f.staff)
      try {
        const res = await api.post(`/store/orders/${order.id}/reorder`, {}, buyer.owner)
        expect(res.data).toEqual({
          cart_id: expect.any(String),
          added: [expect.objectContaining({ sku: plain.sku, quantity: 2, old_unit_price: oldPlain, new_unit_price: 11.11, price_changed: true })],
          unavailable: [expect.objectContaining({ sku: spare.sku, quantity: 1, code: "unavailable", message: expect.stringContaining("已下架") })],
        })
        const cart = await api.get(`/store/carts/${res.data.cart_id}`, buyer.owner)
        expect(cart.data.cart.items.map((i: any) => [i.variant_id, i.quantity, Number(i.unit_price)])).toEqual([[plain.id, 2, 11.11]])

        const theirs = await refused(api.post(`/store/orders/${order.id}/reorder`, {}, other.owner))
        expect([theirs.status, theirs.data.code]).toEqual([404, "order_not_found"])
      } finally {
        await api.post(`/admin/products/${spareVariant.products[0].id}`, { status: "published" }, f.staff)
      }
    })

    it("keeps order lists per dealer and orders from them", async () => {
      const created = await api.post(
        "/store/order-lists",
        { name: "每周补货", items: [{ variant_id: plain.id, quantity: 3 }, { variant_id: cased.id, quantity: 6 }, { variant_id: plain.id, quantity: 1 }] },
        buyer.owner
      )
      expect(created.status).toBe(201)
      const list = created.data.order_list
      expect(list.items.map((i: any) => [i.sku, i.quantity])).toEqual([
        [plain.sku, 4],
        [cased.sku, 6],
      ])
      expect((await api.get("/store/order-lists", buyer.owner)).data.order_lists).toEqual([expect.objectContaining({ id: list.id, name: "每周补货", items_count: 2 })])

      const updated = await api.post(`/store/order-lists/${list.id}`, { name: "周补货", items: [{ variant_id: cased.id, quantity: 5 }, { variant_id: spare.id, quantity: 2 }] }, buyer.owner)
      expect(updated.data.order_list.name).toBe("周补货")
      const toCart = await api.post(`/store/order-lists/${list.id}/cart`, {}, buyer.owner)
      expect(toCart.data.added.map((a: any) => a.sku)).toEqual([spare.sku])
      expect(toCart.data.rejected.map((r: any) => [r.sku, r.code])).toEqual([[cased.sku, "below_min_quantity"]])

      for (const call of [
        () => api.get(`/store/order-lists/${list.id}`, other.owner),
        () => api.post(`/store/order-lists/${list.id}`, { name: "偷改" }, other.owner),
        () => api.post(`/store/order-lists/${list.id}/cart`, {}, other.owner),
        () => api.delete(`/store/order-lists/${list.id}`, other.owner),
      ]) {
        const r = await refused(call())
        expect([r.status, r.data.code]).toEqual([404, "order_list_not_found"])
      }
      expect((await api.get("/store/order-lists", other.owner)).data.order_lists).toEqual([])
      expect((await api.get(`/store/order-lists/${list.id}`, buyer.owner)).data.order_list.name).toBe("周补货")
      expect((await refused(api.get("/store/order-lists", f.store()))).status).toBe(401)
      expect((await api.delete(`/store/order-lists/${list.id}`, buyer.owner)).data.deleted).toBe(true)
      expect((await refused(api.get(`/store/order-lists/${list.id}`, buyer.owner))).status).toBe(404)
    })

    it("keeps a dealer's cart to its customer and exact stock counts from visitors", async () => {
      const cartId = await newCart(buyer.owner)
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: plain.id, quantity: 1 }, buyer.owner)
      for (const call of [
        () => api.get(`/store/carts/${cartId}`, other.owner),
        () => api.get(`/store/carts/${cartId}`, f.store()),
        () => api.post(`/store/carts/${cartId}/line-items`, { variant_id: plain.id, quantity: 1 }, other.owner),
        () => api.post(`/store/carts/${cartId}`, { email: "x@example.com" }, f.store()),
      ]) {
        const r = await refused(call())
        expect([r.status, r.data.code]).toEqual([404, "cart_not_found"])
      }
      const mine = await api.get(`/store/carts/${cartId}`, buyer.owner)
      expect(mine.data.cart.items.map((i: any) => i.quantity)).toEqual([1])
      const { data } = await api.get(`/store/products?q=${plain.sku}&fields=*variants,variants.inventory_quantity`, f.store())
      expect(JSON.stringify(data)).not.toContain("inventory_quantity")
    })

    it("shows rules and stock as a level, or as a number when the store says so", async () => {
      const view = async () => (await api.get(`/store/wholesale/variants?variant_id=${cased.id},${scarce.id}`, buyer.owner)).data
      const level = await view()
      expect(level.stock_display).toBe("level")
      const byId = (d: any, id: string) => d.variants.find((v: any) => v.variant_id === id)
      expect(byId(level, cased.id).rules).toEqual({ min_quantity: 6, multiple: 6, max_quantity: 60 })
      expect(byId(level, scarce.id).stock).toEqual({ level: "low", quantity: null })
      const set = await api.post("/admin/wholesale-settings", { stock_display: "exact", low_stock_threshold: 5 }, f.staff)
      expect(set.data.settings).toEqual({ stock_display: "exact", low_stock_threshold: 5 })
      const exact = await view()
      expect(byId(exact, scarce.id).stock.quantity).toBeGreaterThan(0)
      expect(byId(exact, cased.id).stock.level).toBe("plenty")
      expect((await refused(api.post("/admin/wholesale-settings", { stock_display: "all" }, f.staff))).status).toBe(400)
      await api.post("/admin/wholesale-settings", { stock_display: "level", low_stock_threshold: 20 }, f.staff)
      // Visitors see rules and stock levels but never a price.
      const visitor = (await api.get(`/store/wholesale/variants?variant_id=${cased.id}`, f.store())).data
      expect(visitor.variants[0]).toEqual(expect.objectContaining({ pricing: null, rules: { min_quantity: 6, multiple: 6, max_quantity: 60 } }))
      expect((await refused(api.get("/store/wholesale/variants", f.store()))).status).toBe(400)
    })
  },
})
