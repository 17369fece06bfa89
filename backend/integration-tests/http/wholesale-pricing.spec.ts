import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { DEALER_MODULE } from "../../src/modules/dealer"
import { refused, wholesaleFixture } from "../helpers/wholesale"

jest.setTimeout(240 * 1000)

// Odd amounts so that one dealer's price cannot turn up in another's response by coincidence.
const TIER_A = { amount: 80.3, breaks: [{ min_quantity: 10, amount: 75.3 }, { min_quantity: 50, amount: 70.3 }] }
const TIER_B = { amount: 90.3, breaks: [] }
const CONTRACT = 78.7
const PROMO = 72.9
// Above every tier price, as list prices are: core compares a sale price with the base price only.
const BASE = 120.5

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let f: Awaited<ReturnType<typeof wholesaleFixture>>
    let tierA: any, tierB: any, tierC: any
    let contract: any, tierOnly: any, tierBDealer: any, baseOnly: any, pending: any
    let variant: { id: string; sku: string; price: number }

    const unitPrice = async (auth: any, quantity: number) => {
      const { data } = await api.post("/store/carts", { region_id: f.region.id, items: [{ variant_id: variant.id, quantity }] }, auth)
      return Number(data.cart.items[0].unit_price)
    }

    beforeAll(async () => {
      f = await wholesaleFixture(api, getContainer())
      tierA = await f.createTier("测试一级")
      tierB = await f.createTier("测试二级")
      tierC = await f.createTier("测试无价等级")
      ;[variant] = await f.plainVariants(1)
      const saved = await api.post(
        "/admin/price-matrix",
        { rows: [{ variant_id: variant.id, base_amount: BASE, prices: { [tierA.id]: TIER_A, [tierB.id]: TIER_B } }] },
        f.staff
      )
      expect(saved.data).toEqual({ updated: 1 })
      contract = await f.dealer(tierA)
      tierOnly = await f.dealer(tierA)
      tierBDealer = await f.dealer(tierB)
      baseOnly = await f.dealer(tierC)
      pending = await f.dealer(null, false)
      const set = await api.post(`/admin/dealers/${contract.dealer.id}/contract-prices`, { prices: [{ sku: variant.sku, amount: CONTRACT }] }, f.staff)
      expect(set.data.contract_prices).toEqual([
        expect.objectContaining({ variant_id: variant.id, sku: variant.sku, amount: CONTRACT, tier_amount: TIER_A.amount, base_amount: BASE }),
      ])
    })

    it("creates a tier as a customer group with an override price list on it, last in rank", async () => {
      const tiers = (await api.get("/admin/tiers", f.staff)).data.tiers
      const mine = tiers.filter((t: any) => t.name.startsWith("测试"))
      expect(mine.map((t: any) => t.name)).toEqual(["测试一级", "测试二级", "测试无价等级"])
      expect(mine[0].rank).toBeLessThan(mine[1].rank)
      expect(mine[0].dealer_count).toBe(2)
      const [group] = await getContainer().resolve(Modules.CUSTOMER).listCustomerGroups({ id: tierA.customer_group_id })
      expect(group.name).toBe("测试一级")
      const [list] = await getContainer().resolve(Modules.PRICING).listPriceLists({ id: [tierA.price_list_id] }, { relations: ["price_list_rules"] })
      expect(list.type).toBe("override")
      expect(list.price_list_rules!.map((r: any) => [r.attribute, r.value])).toEqual([["customer.groups.id", [tierA.customer_group_id]]])
    })

    it("prices a cart line by the documented precedence for every tier, quantity and contract", async () => {
      const table: [string, any, number, number][] = []
      for (const q of [1, 9, 10, 11, 49, 50, 60]) {
        table.push(["contract", contract.owner, q, CONTRACT])
        table.push(["tier A", tierOnly.owner, q, q >= 50 ? 70.3 : q >= 10 ? 75.3 : 80.3])
        table.push(["tier B", tierBDealer.owner, q, TIER_B.amount])
        table.push(["base", baseOnly.owner, q, BASE])
      }
      const actual: unknown[] = []
      for (const [who, auth, q] of table) actual.push([who, q, await unitPrice(auth, q)])
      expect(actual).toEqual(table.map(([who, , q, expected]) => [who, q, expected]))
    })

    it("re-prices a line through the breaks when its quantity changes, and when the same variant is added again", async () => {
      const { data } = await api.post("/store/carts", { region_id: f.region.id, items: [{ variant_id: variant.id, quantity: 5 }] }, tierOnly.owner)
      const cartId = data.cart.id
      const lineId = data.cart.items[0].id
      const priceAt = async (quantity: number) =>
        Number((await api.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity }, tierOnly.owner)).data.cart.items[0].unit_price)
      expect([await priceAt(10), await priceAt(55), await priceAt(3)]).toEqual([75.3, 70.3, 80.3])
      const added = await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variant.id, quantity: 7 }, tierOnly.owner)
      expect(added.data.cart.items.map((i: any) => [i.quantity, Number(i.unit_price)])).toEqual([[10, 75.3]])
    })

    it("applies a running promotion for the tier when it is cheaper, never over a contract, and ignores an expired one", async () => {
      const day = 24 * 3600 * 1000
      const promo = await api.post(
        "/admin/price-lists",
        {
          title: "限时促销",
          description: "test",
          type: "sale",
          status: "active",
          starts_at: new Date(Date.now() - day).toISOString(),
          ends_at: new Date(Date.now() + day).toISOString(),
          rules: { "customer.groups.id": [tierA.customer_group_id] },
          prices: [{ variant_id: variant.id, amount: PROMO, currency_code: "cny" }],
        },
        f.staff
      )
      const expired = await api.post(
        "/admin/price-lists",
        {
          title: "已结束促销",
          description: "test",
          type: "sale",
          status: "active",
          starts_at: new Date(Date.now() - 3 * day).toISOString(),
          ends_at: new Date(Date.now() - day).toISOString(),
          rules: { "customer.groups.id": [tierB.customer_group_id] },
          prices: [{ variant_id: variant.id, amount: 1.1, currency_code: "cny" }],
        },
        f.staff
      )
      try {
        expect([await unitPrice(tierOnly.owner, 1), await unitPrice(tierOnly.owner, 50)]).toEqual([PROMO, 70.3])
        expect(await unitPrice(contract.owner, 1)).toBe(CONTRACT)
        expect(await unitPrice(tierBDealer.owner, 1)).toBe(TIER_B.amount)
        const view = await api.get(`/store/wholesale/variants?variant_id=${variant.id}`, tierOnly.owner)
        expect(view.data.variants[0].pricing).toEqual(expect.objectContaining({ unit_amount: PROMO, source: "promotion" }))
      } finally {
        await api.delete(`/admin/price-lists/${promo.data.price_list.id}`, f.staff)
        await api.delete(`/admin/price-lists/${expired.data.price_list.id}`, f.staff)
      }
    })

    it("shows each dealer its own price, source and breaks, and nobody else's", async () => {
      const view = async (auth: any) => (await api.get(`/store/wholesale/variants?variant_id=${variant.id}`, auth)).data
      const c = await view(contract.owner)
      expect(c.variants[0].pricing).toEqual({ currency_code: "cny", base_amount: BASE, unit_amount: CONTRACT, source: "contract", breaks: [] })
      expect(c.tier).toEqual({ id: tierA.id, name: "测试一级", min_order_amount: null })
      const t = await view(tierOnly.owner)
      expect(t.variants[0].pricing).toEqual({
        currency_code: "cny",
        base_amount: BASE,
        unit_amount: 80.3,
        source: "tier",
        breaks: [
          { min_quantity: 1, max_quantity: 9, amount: 80.3 },
          { min_quantity: 10, max_quantity: 49, amount: 75.3 },
          { min_quantity: 50, max_quantity: null, amount: 70.3 },
        ],
      })
      expect((await view(baseOnly.owner)).variants[0].pricing).toEqual(expect.objectContaining({ unit_amount: BASE, source: "base" }))
      expect((await view(pending.owner)).variants[0].pricing).toBeNull()
      expect((await view(f.store())).variants[0].pricing).toBeNull()

      // No other dealer's contract price or other tier's price in any response they get.
      const products = async (auth: any) =>
        JSON.stringify((await api.get(`/store/products?q=${variant.sku}&region_id=${f.region.id}&fields=*variants.calculated_price`, auth)).data)
      const seenBy = {
        tierA: (await products(tierOnly.owner)) + JSON.stringify(t),
        tierB: (await products(tierBDealer.owner)) + JSON.stringify(await view(tierBDealer.owner)),
        base: (await products(baseOnly.owner)) + JSON.stringify(await view(baseOnly.owner)),
      }
      expect(seenBy.tierA).not.toContain(String(CONTRACT))
      expect(seenBy.tierB).not.toMatch(/78\.7|80\.3|75\.3|70\.3/)
      expect(seenBy.base).not.toMatch(/78\.7|80\.3|75\.3|70\.3|90\.3/)
      expect(seenBy.tierA).toContain("80.3")
    })

    it("keeps contract prices with the dealer's logins: a new member gets them, a removed one loses them", async () => {
      const invite = await api.post("/store/dealers/me/invitations", { email: `b${Date.now()}@example.com`, role: "buyer" }, contract.owner)
      const email = invite.data.invitation.email
      const reg = (await api.post("/auth/customer/emailpass/register", { email, password: "member-pass-9" })).data.token
      const joined = await api.post("/store/dealer-invitations/accept", { token: invite.data.token }, f.store({ authorization: `Bearer ${reg}` }))
      const buyer = f.store({ authorization: `Bearer ${(await api.post("/auth/customer/emailpass", { email, password: "member-pass-9" })).data.token}` })
      expect(await unitPrice(buyer, 1)).toBe(CONTRACT)
      await api.delete(`/store/dealers/me/members/${joined.data.member.id}`, contract.owner)
      const [removed] = await getContainer().resolve(DEALER_MODULE).listDealerMembers({ id: joined.data.member.id }, { withDeleted: true })
      const groups = await getContainer().resolve(Modules.CUSTOMER).listCustomerGroups({ customers: { id: removed.customer_id } } as any)
      expect(groups).toEqual([])
    })

    it("moves a dealer to another tier, re-prices its open cart at once and records who did it", async () => {
      const moved = await f.dealer(tierA)
      const { data } = await api.post("/store/carts", { region_id: f.region.id, items: [{ variant_id: variant.id, quantity: 1 }] }, moved.owner)
      expect(Number(data.cart.items[0].unit_price)).toBe(80.3)
      const res = await api.post(`/admin/dealers/${moved.dealer.id}/tier`, { tier_id: tierB.id, note: "年度调整" }, f.staff)
      expect(res.data.repriced_carts).toBe(1)
      expect(res.data.dealer.tier_group_id).toBe(tierB.customer_group_id)
      const cart = await api.get(`/store/carts/${data.cart.id}`, moved.owner)
      expect(Number(cart.data.cart.items[0].unit_price)).toBe(TIER_B.amount)
      const me = await api.get("/store/dealers/me", moved.owner)
      expect(me.data.tier?.name ?? me.data.dealer.tier?.name).toBe("测试二级")
      const events = await getContainer().resolve(DEALER_MODULE).listDealerEvents({ dealer_id: moved.dealer.id, action: "tier_changed" })
      expect(events).toEqual([expect.objectContaining({ actor_type: "staff", note: "年度调整", data: expect.objectContaining({ from: "测试一级", to: "测试二级" }) })])

      const bad = await refused(api.post(`/admin/dealers/${moved.dealer.id}/tier`, { tier_id: "tier_nope" }, f.staff))
      expect([bad.status, bad.data.code]).toEqual([400, "tier_not_found"])
      const notYet = await refused(api.post(`/admin/dealers/${pending.dealer.id}/tier`, { tier_id: tierB.id }, f.staff))
      expect([notYet.status, notYet.data.code]).toEqual([409, "dealer_not_approved_for_tier"])
    })

    it("edits the matrix all or nothing and reports every bad cell", async () => {
      const [, other] = await f.plainVariants(2)
      const before = (await api.get(`/admin/price-matrix?q=${other.sku}`, f.staff)).data.rows[0]
      const bad = await refused(
        api.post(
          "/admin/price-matrix",
          {
            rows: [
              { variant_id: other.id, base_amount: 99.9, prices: { [tierB.id]: { amount: 50, breaks: [] } } },
              { variant_id: variant.id, prices: { [tierA.id]: { amount: 80, breaks: [{ min_quantity: 10, amount: 85 }] } }, rules: { min_quantity: 10, multiple: 4, max_quantity: 8 } },
              { variant_id: "variant_missing" },
            ],
          },
          { headers: { ...f.staff.headers, "accept-language": "en" } }
        )
      )
      expect(bad.status).toBe(400)
      expect(bad.data.code).toBe("matrix_invalid")
      expect(bad.data.errors.map((e: any) => [e.row, e.field])).toEqual([
        [1, "rules.max_quantity"],
        [1, `prices.${tierA.id}.breaks.amount`],
        [2, "variant_id"],
      ])
      expect(bad.data.errors[1].message).toMatch(/break prices must fall/)
      const after = (await api.get(`/admin/price-matrix?q=${other.sku}`, f.staff)).data.rows[0]
      expect(after).toEqual(before)

      const ok = await api.post(
        "/admin/price-matrix",
        { rows: [{ variant_id: other.id, base_amount: 99.9, rules: { min_quantity: 4, multiple: 2, max_quantity: 100 }, prices: { [tierB.id]: { amount: 50, breaks: [{ min_quantity: 20, amount: 45 }] } } }] },
        f.staff
      )
      expect(ok.data.updated).toBe(1)
      const row = (await api.get(`/admin/price-matrix?q=${other.sku}`, f.staff)).data.rows[0]
      expect(row).toEqual(
        expect.objectContaining({
          sku: other.sku,
          base_amount: 99.9,
          rules: { min_quantity: 4, multiple: 2, max_quantity: 100 },
          prices: expect.objectContaining({ [tierB.id]: { amount: 50, breaks: [{ min_quantity: 20, amount: 45 }] }, [tierC.id]: { amount: null, breaks: [] } }),
        })
      )
      const dealerView = (await api.get(`/store/wholesale/variants?variant_id=${other.id}`, tierBDealer.owner)).data.variants[0]
      expect(dealerView.pricing).toEqual(expect.objectContaining({ base_amount: 99.9, unit_amount: 50 }))
      expect(dealerView.rules).toEqual({ min_quantity: 4, multiple: 2, max_quantity: 100 })
    })

    it("exports the matrix as CSV and imports it back all or nothing with a per-row report", async () => {
      const res = await api.get("/admin/price-matrix/export", { ...f.staff, responseType: "arraybuffer" })
      expect(res.headers["content-type"]).toMatch(/text\/csv/)
      const raw = Buffer.from(res.data)
      expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const csv = raw.toString("utf8")
      const lines = csv.trim().split("\r\n")
      expect(lines[0]).toContain("sku,product,variant,base_price,min_quantity,multiple,max_quantity")
      expect(lines[0]).toContain("测试一级,测试一级 breaks")
      const header = lines[0].replace(/^\uFEFF/, "").split(",")
      const row = lines.find((l) => l.startsWith(variant.sku + ","))!.split(",")
      expect(row[header.indexOf("测试一级")]).toBe("80.3")
      expect(row[header.indexOf("测试一级 breaks")]).toBe("10:75.3;50:70.3")

      const tierCol = header.indexOf("测试二级")
      const edit = (cells: string[], col: number, value: string) => cells.map((c, i) => (i === col ? value : c)).join(",")
      const good = edit(row, tierCol, "88.8")
      const csvWith = (...rows: string[]) => [header.join(","), ...rows].join("\n")
      const failed = await refused(api.post("/admin/price-matrix/import", { csv: csvWith(good, "NO-SUCH-SKU,,,,,,", edit(row, tierCol, "abc")) }, f.staff))
      expect(failed.status).toBe(400)
      expect(failed.data.applied).toBe(false)
      expect(failed.data.errors.map((e: any) => [e.line, e.column])).toEqual([
        [3, "sku"],
        [4, "测试二级"],
        [4, "sku"],
      ])
      expect(failed.data.errors[0].message).toBe("找不到该商品编码")
      expect(await unitPrice(tierBDealer.owner, 1)).toBe(TIER_B.amount)

      const dry = await api.post("/admin/price-matrix/import", { csv: csvWith(good), dry_run: true }, f.staff)
      expect([dry.data.applied, dry.data.errors]).toEqual([false, []])
      expect(await unitPrice(tierBDealer.owner, 1)).toBe(TIER_B.amount)
      const applied = await api.post("/admin/price-matrix/import", { csv: csvWith(good) }, f.staff)
      expect([applied.data.applied, applied.data.rows]).toEqual([true, 1])
      expect(await unitPrice(tierBDealer.owner, 1)).toBe(88.8)
      expect(await unitPrice(tierOnly.owner, 10)).toBe(75.3)
    })

    it("removes a contract price so the dealer pays its tier price again", async () => {
      const removed = await api.delete(`/admin/dealers/${contract.dealer.id}/contract-prices/${variant.id}`, f.staff)
      expect(removed.data.contract_prices).toEqual([])
      expect(await unitPrice(contract.owner, 10)).toBe(75.3)
    })

    it("renames, reorders and deletes tiers, refusing to delete one that holds dealers", async () => {
      const renamed = await api.post(`/admin/tiers/${tierC.id}`, { name: "测试特约", min_order_amount: 500 }, f.staff)
      expect(renamed.data.tier).toEqual(expect.objectContaining({ name: "测试特约", min_order_amount: 500 }))
      const [group] = await getContainer().resolve(Modules.CUSTOMER).listCustomerGroups({ id: tierC.customer_group_id })
      expect(group.name).toBe("测试特约")
      const all = (await api.get("/admin/tiers", f.staff)).data.tiers.map((t: any) => t.id)
      const reordered = await api.post("/admin/tiers/reorder", { ids: [...all].reverse() }, f.staff)
      expect(reordered.data.tiers.map((t: any) => t.id)).toEqual([...all].reverse())
      const incomplete = await refused(api.post("/admin/tiers/reorder", { ids: all.slice(1) }, f.staff))
      expect(incomplete.status).toBe(400)
      const inUse = await refused(api.delete(`/admin/tiers/${tierA.id}`, f.staff))
      expect([inUse.status, inUse.data.code]).toEqual([409, "tier_in_use"])
      expect(inUse.data.message).toMatch(/还有 \d+ 家经销商/)
      const empty = await f.createTier("测试空等级")
      expect((await api.delete(`/admin/tiers/${empty.id}`, f.staff)).data.deleted).toBe(true)
      expect(await getContainer().resolve(Modules.CUSTOMER).listCustomerGroups({ id: empty.customer_group_id })).toEqual([])
      const dup = await refused(api.post("/admin/tiers", { name: "测试一级" }, f.staff))
      expect([dup.status, dup.data.code]).toEqual([409, "tier_name_taken"])
    })

    it("keeps the staff wholesale routes from dealers and visitors", async () => {
      for (const path of ["/admin/tiers", "/admin/price-matrix", "/admin/price-matrix/export", `/admin/dealers/${contract.dealer.id}/contract-prices`, "/admin/wholesale-settings"]) {
        expect([path, (await refused(api.get(path, contract.owner))).status]).toEqual([path, 401])
        expect([path, (await refused(api.get(path, f.store()))).status]).toEqual([path, 401])
      }
      const post = await refused(api.post(`/admin/dealers/${contract.dealer.id}/contract-prices`, { prices: [{ sku: variant.sku, amount: 1 }] }, contract.owner))
      expect(post.status).toBe(401)
    })
  },
})
