import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { ORDER_REVIEW_MODULE } from "../../src/modules/order-review"
import { refused, wholesaleFixture } from "../helpers/wholesale"
import { staffHeaders } from "../helpers/auth"
import { available, cartReady, setStock, submitOrder } from "../helpers/checkout"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let f: Awaited<ReturnType<typeof wholesaleFixture>>
    let tier: any
    let a: any, b: any
    let v1: { id: string; sku: string }, v2: { id: string; sku: string }, v3: { id: string; sku: string }
    const reviews = () => getContainer().resolve(ORDER_REVIEW_MODULE)
    const decide = (orderId: string, body: any, staff = f.staff) => refused(api.post(`/admin/order-reviews/${orderId}/decisions`, body, staff))
    const detail = async (orderId: string, auth: any) => (await api.get(`/store/dealer-orders/${orderId}`, auth)).data.order

    beforeAll(async () => {
      f = await wholesaleFixture(api, getContainer())
      tier = await f.createTier("审核测试等级")
      a = await f.dealer(tier)
      b = await f.dealer(tier)
      ;[v1, v2, v3] = await f.plainVariants(3)
    })

    it("submits an order without paying: stock reserved, review opened with its checks, staff told", async () => {
      const before = await available(getContainer(), v1.id)
      const order = await submitOrder(api, f, a.owner, [{ variant_id: v1.id, quantity: 4 }], { po_number: "PO-778", delivery_note: "工作日送货" })
      expect(order).toEqual(expect.objectContaining({ status: "in_review", po_number: "PO-778", items_count: 1 }))
      expect(await available(getContainer(), v1.id)).toBe(before - 4)

      const [review] = await reviews().listOrderReviews({ order_id: order.id })
      expect(review).toEqual(expect.objectContaining({ status: "pending", dealer_id: a.dealer.id, auto_approved: false }))
      const levels = Object.fromEntries(Object.entries(review.checks as any).map(([k, c]: [string, any]) => [k, c.level]))
      expect(levels).toEqual({ info: "ok", stock: "ok", credit: "warn", prices: "ok", rules: "ok" })
      expect((review.checks as any).credit.message).toContain("未授信")

      const { data } = await getContainer().resolve("query").graph({
        entity: "order",
        fields: ["payment_collections.payments.provider_id", "payment_collections.payments.captured_at", "shipping_address.address_1", "metadata"],
        filters: { id: order.id },
      })
      const payment = (data[0] as any).payment_collections[0].payments[0]
      expect([payment.provider_id, payment.captured_at]).toEqual(["pp_dealer-payment_dealer-payment", null])
      expect((data[0] as any).shipping_address.address_1).toBe("浦东新区张江路 88 号 3 楼")

      const mine = await detail(order.id, a.owner)
      expect(mine).toEqual(
        expect.objectContaining({
          status: "in_review",
          delivery_note: "工作日送货",
          can_cancel: true,
          pending_change: null,
          shipping_address: expect.objectContaining({ contact_name: "王伟", phone: "13812345678", company: a.dealer.company_name }),
          items: [expect.objectContaining({ sku: v1.sku, quantity: 4 })],
          timeline: [expect.objectContaining({ action: "submitted", actor_type: "dealer" })],
        })
      )
      const staffMail = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "order-submitted", resource_id: order.id })
      expect(staffMail.length).toBeGreaterThan(0)
      expect((staffMail[0].data as any).text).toContain(a.dealer.company_name)

      const list = await api.get("/store/dealer-orders?q=PO-778", a.owner)
      expect(list.data.orders.map((o: any) => o.id)).toEqual([order.id])
      expect((await api.get("/store/dealer-orders?status=in_review", a.owner)).data.orders.map((o: any) => o.id)).toContain(order.id)
      expect((await api.get("/store/dealer-orders?status=awaiting_payment", a.owner)).data.orders.map((o: any) => o.id)).not.toContain(order.id)
      // The unfiltered list pages in SQL: the newest first, with the dealer's true total.
      const all = (await api.get("/store/dealer-orders", a.owner)).data
      expect(all.orders[0]).toEqual(expect.objectContaining({ id: order.id, status: "in_review", po_number: "PO-778", items_count: 1 }))
      const paged = (await api.get(`/store/dealer-orders?limit=1&offset=${all.count - 1}`, a.owner)).data
      expect(paged).toEqual(expect.objectContaining({ count: all.count, limit: 1, offset: all.count - 1 }))
      expect(paged.orders.map((o: any) => o.id)).toEqual([all.orders[all.count - 1].id])
      // Another dealer neither sees nor touches it.
      expect((await refused(api.get(`/store/dealer-orders/${order.id}`, b.owner))).status).toBe(404)
      expect((await refused(api.post(`/store/dealer-orders/${order.id}/cancel`, {}, b.owner))).status).toBe(404)
      expect((await api.get("/store/dealer-orders", b.owner)).data.orders.map((o: any) => o.id)).not.toContain(order.id)
      expect((await refused(api.get(`/store/dealer-orders/${order.id}`, f.store()))).status).toBe(401)
    })

    it("refuses a submission without an address, a shipping method, or someone else's cart", async () => {
      const c = await f.dealer(tier)
      const { data } = await api.post("/store/carts", { region_id: f.region.id, items: [{ variant_id: v2.id, quantity: 1 }] }, c.owner)
      const noAddress = await refused(api.post("/store/dealer-orders/submit", { cart_id: data.cart.id }, c.owner))
      expect([noAddress.status, noAddress.data.code]).toEqual([400, "address_required"])
      const noShipping = await refused(
        api.post("/store/dealer-orders/submit", { cart_id: data.cart.id, shipping_address: { contact_name: "李", phone: "13900001111", province: "浙江省", city: "杭州市", district: "西湖区", address: "文三路 1 号" } }, { headers: { ...c.owner.headers, "accept-language": "en" } })
      )
      expect([noShipping.status, noShipping.data.code, noShipping.data.message]).toEqual([400, "shipping_required", "Choose a shipping method"])
      const theirs = await refused(api.post("/store/dealer-orders/submit", { cart_id: data.cart.id }, a.owner))
      expect([theirs.status, theirs.data.code]).toEqual([404, "cart_not_found"])
      const badAddress = await refused(api.post("/store/dealers/me/addresses", { contact_name: "李", phone: "123", province: "x", city: "y", district: "z", address: "w" }, c.owner))
      expect(badAddress.status).toBe(400)
    })

    it("moves an order through the configured stages; only each stage's reviewers decide it", async () => {
      const sales = await staffHeaders(getContainer(), api, "sales@dealermall.test", "sales-pass-1")
      const finance = await staffHeaders(getContainer(), api, "finance@dealermall.test", "finance-pass-1")
      const set = await api.post("/admin/review-stages", { stages: [{ name: "销售审核", user_ids: [sales.user.id] }, { name: "财务审核", user_ids: [finance.user.id] }] }, f.staff)
      expect(set.data.stages.map((s: any) => s.name)).toEqual(["销售审核", "财务审核"])
      try {
        const order = await submitOrder(api, f, a.owner, [{ variant_id: v2.id, quantity: 2 }])
        const wrong = await decide(order.id, { action: "approve" }, { headers: finance.headers })
        expect([wrong.status, wrong.data.code, wrong.data.message]).toEqual([403, "not_stage_reviewer", "您不是「销售审核」环节的审核人"])
        const first = await decide(order.id, { action: "approve" }, { headers: sales.headers })
        expect(first.status).toBe(200)
        expect([first.data.review.status, first.data.review.stage.name]).toEqual(["in_review", "财务审核"])
        expect(first.data.review.stages.map((s: any) => [s.name, s.decided, s.current])).toEqual([
          ["销售审核", true, false],
          ["财务审核", false, true],
        ])
        expect((await decide(order.id, { action: "approve" }, { headers: sales.headers })).status).toBe(403)
        const panel = await api.get(`/admin/order-reviews/${order.id}`, { headers: sales.headers })
        expect(panel.data.review.can_decide).toBe(false)
        const last = await decide(order.id, { action: "approve" }, { headers: finance.headers })
        expect([last.data.review.status, last.data.review.review_status]).toEqual(["awaiting_payment", "approved"])
        expect(last.data.review.decisions.map((d: any) => [d.action, d.stage_name, d.actor_name])).toEqual([
          ["submitted", null, expect.any(String)],
          ["approve", "销售审核", "张审核"],
          ["approve", "财务审核", "张审核"],
        ])
        const again = await decide(order.id, { action: "reject", reason: "晚了" }, { headers: finance.headers })
        expect([again.status, again.data.code]).toEqual([409, "review_closed"])
        expect((await detail(order.id, a.owner)).status).toBe("awaiting_payment")
        const told = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "order-approved", resource_id: order.id })
        expect(told.map((n: any) => n.channel).sort()).toEqual(["email", "sms"])
        const queue = await api.get("/admin/order-reviews?status=approved", f.staff)
        expect(queue.data.reviews.map((r: any) => r.order_id)).toContain(order.id)
      } finally {
        await api.post("/admin/review-stages", { stages: [] }, f.staff)
      }
    })

    it("rejects with a reason: the order is cancelled, its stock released and the dealer sees why", async () => {
      const before = await available(getContainer(), v3.id)
      const order = await submitOrder(api, f, a.owner, [{ variant_id: v3.id, quantity: 5 }])
      expect(await available(getContainer(), v3.id)).toBe(before - 5)
      const noReason = await decide(order.id, { action: "reject" })
      expect([noReason.status, noReason.data.code]).toEqual([400, "reason_required"])
      const res = await decide(order.id, { action: "reject", reason: "该区域暂不供货" })
      expect(res.data.review.status).toBe("rejected")
      expect(await available(getContainer(), v3.id)).toBe(before)
      const mine = await detail(order.id, a.owner)
      expect([mine.status, mine.review.reason, mine.can_cancel]).toEqual(["rejected", "该区域暂不供货", false])
      const { data } = await getContainer().resolve("query").graph({ entity: "order", fields: ["status", "payment_collections.status"], filters: { id: order.id } })
      expect([(data[0] as any).status, (data[0] as any).payment_collections[0].status]).toEqual(["canceled", "canceled"])
    })

    it("lets exactly one of two concurrent decisions win", async () => {
      const order = await submitOrder(api, f, a.owner, [{ variant_id: v1.id, quantity: 1 }])
      const results = await Promise.all([decide(order.id, { action: "approve" }), decide(order.id, { action: "reject", reason: "并发" })])
      expect(results.map((r) => r.status).sort()).toEqual([200, 409])
      const [review] = await reviews().listOrderReviews({ order_id: order.id }, { relations: ["decisions"] })
      expect(review.decisions.filter((d: any) => d.action !== "submitted")).toHaveLength(1)
    })

    it("asks for changes through an order edit that the dealer confirms, or declines", async () => {
      const order = await submitOrder(api, f, a.owner, [{ variant_id: v1.id, quantity: 6 }])
      const itemId = (await detail(order.id, a.owner)).items[0].id
      const edit = async () => {
        await api.post("/admin/order-edits", { order_id: order.id }, f.staff)
        await api.post(`/admin/order-edits/${order.id}/items/item/${itemId}`, { quantity: 3 }, f.staff)
        await api.post(`/admin/order-edits/${order.id}/request`, {}, f.staff)
        return decide(order.id, { action: "request_changes", reason: "库存只够 3 箱，改为 3 箱可以吗？" })
      }
      expect((await edit()).data.review.status).toBe("changes_requested")
      const asked = await detail(order.id, a.owner)
      expect(asked.status).toBe("changes_requested")
      expect(asked.pending_change).toEqual(
        expect.objectContaining({ message: "库存只够 3 箱，改为 3 箱可以吗？", lines: [expect.objectContaining({ sku: v1.sku, old_quantity: 6, new_quantity: 3 })] })
      )
      expect(asked.pending_change.new_total).toBeLessThan(asked.pending_change.old_total)
      expect((await refused(api.post(`/store/dealer-orders/${order.id}/change/confirm`, {}, b.owner))).status).toBe(404)

      const declined = await api.post(`/store/dealer-orders/${order.id}/change/decline`, { reason: "还是要 6 箱" }, a.owner)
      expect([declined.data.order.status, declined.data.order.items[0].quantity, declined.data.order.pending_change]).toEqual(["in_review", 6, null])
      const noChange = await refused(api.post(`/store/dealer-orders/${order.id}/change/confirm`, {}, a.owner))
      expect([noChange.status, noChange.data.code]).toEqual([409, "no_pending_change"])

      expect((await edit()).status).toBe(200)
      const confirmed = await api.post(`/store/dealer-orders/${order.id}/change/confirm`, {}, a.owner)
      expect([confirmed.data.order.status, confirmed.data.order.items[0].quantity]).toEqual(["in_review", 3])
      expect(confirmed.data.order.timeline.map((t: any) => t.action)).toEqual(["submitted", "request_changes", "changes_declined", "request_changes", "changes_confirmed"])
      expect((await decide(order.id, { action: "approve" })).data.review.status).toBe("awaiting_payment")
    })

    it("lets the dealer withdraw an order only while it is in review, releasing its stock", async () => {
      const before = await available(getContainer(), v2.id)
      const order = await submitOrder(api, f, a.owner, [{ variant_id: v2.id, quantity: 3 }])
      const cancelled = await api.post(`/store/dealer-orders/${order.id}/cancel`, { reason: "下错了" }, a.owner)
      expect([cancelled.data.order.status, cancelled.data.order.can_cancel]).toEqual(["cancelled", false])
      expect(await available(getContainer(), v2.id)).toBe(before)
      const twice = await refused(api.post(`/store/dealer-orders/${order.id}/cancel`, {}, a.owner))
      expect([twice.status, twice.data.code]).toEqual([409, "order_not_cancellable"])
      const decided = await decide(order.id, { action: "approve" })
      expect([decided.status, decided.data.code]).toEqual([409, "review_closed"])
    })

    it("approves at once when an auto-approval rule fits, and records it as the system's decision", async () => {
      const other = await f.createTier("审核测试其他等级")
      const mismatch = await api.post("/admin/review-rules", { name: "其他等级免审", max_total: 1_000_000, tier_group_id: other.customer_group_id }, f.staff)
      const held = await submitOrder(api, f, a.owner, [{ variant_id: v1.id, quantity: 1 }])
      expect(held.status).toBe("in_review")
      const rule = await api.post("/admin/review-rules", { name: "小额免审", max_total: 1_000_000, require_all_checks: false }, f.staff)
      try {
        const order = await submitOrder(api, f, a.owner, [{ variant_id: v1.id, quantity: 1 }])
        expect(order.status).toBe("awaiting_payment")
        const panel = await api.get(`/admin/order-reviews/${order.id}`, f.staff)
        expect(panel.data.review.auto_approved).toBe(true)
        expect(panel.data.review.decisions.map((d: any) => [d.action, d.actor_type, d.reason])).toEqual([
          ["submitted", "dealer", null],
          ["auto_approve", "system", "小额免审"],
        ])
        const strict = await api.post(`/admin/review-rules/${rule.data.rule.id}`, { require_all_checks: true }, f.staff)
        expect(strict.data.rule.require_all_checks).toBe(true)
        // The dealer has no credit line, so the credit check warns and a strict rule does not fit.
        expect((await submitOrder(api, f, a.owner, [{ variant_id: v1.id, quantity: 1 }])).status).toBe("in_review")
      } finally {
        await api.delete(`/admin/review-rules/${rule.data.rule.id}`, f.staff)
        await api.delete(`/admin/review-rules/${mismatch.data.rule.id}`, f.staff)
      }
      expect((await api.get("/admin/review-rules", f.staff)).data.rules).toEqual([])
    })

    it("sells the last units once when dealers submit at the same moment", async () => {
      await setStock(getContainer(), v3.id, 4)
      const dealers = await Promise.all([0, 1, 2, 3, 4].map(() => f.dealer(tier)))
      const carts = await Promise.all(dealers.map((d) => cartReady(api, f, d.owner, [{ variant_id: v3.id, quantity: 2 }])))
      const results = await Promise.all(
        dealers.map((d, i) => refused(api.post("/store/dealer-orders/submit", { cart_id: carts[i].cartId, shipping_option_id: carts[i].optionId }, d.owner)))
      )
      expect(results.map((r) => r.status).sort()).toEqual([201, 201, 409, 409, 409])
      expect(results.filter((r) => r.status === 409).map((r) => r.data.code)).toEqual(["out_of_stock", "out_of_stock", "out_of_stock"])
      expect(await available(getContainer(), v3.id)).toBe(0)
    })

    it("keeps the review queue and settings to staff", async () => {
      for (const path of ["/admin/order-reviews", "/admin/review-stages", "/admin/review-rules"]) {
        expect((await refused(api.get(path, a.owner))).status).toBe(401)
      }
      const order = await submitOrder(api, f, b.owner, [{ variant_id: v1.id, quantity: 1 }])
      const queue = await api.get("/admin/order-reviews?status=pending", f.staff)
      expect(queue.data.reviews.every((r: any) => r.review_status === "pending")).toBe(true)
      expect(queue.data.reviews.find((r: any) => r.order_id === order.id)).toEqual(
        expect.objectContaining({ dealer: { id: b.dealer.id, company_name: b.dealer.company_name }, status: "in_review", failed_checks: ["credit"] })
      )
      const byDealer = await api.get(`/admin/order-reviews?status=all&dealer_id=${b.dealer.id}`, f.staff)
      expect(byDealer.data.reviews.map((r: any) => r.order_id)).toEqual([order.id])
      const byNumber = await api.get(`/admin/order-reviews?status=all&q=${order.display_id}`, f.staff)
      expect(byNumber.data.reviews.map((r: any) => r.order_id)).toEqual([order.id])
    })
  },
})
