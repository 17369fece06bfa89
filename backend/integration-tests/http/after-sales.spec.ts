import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { eventually } from "../helpers/eventually"
import { Modules } from "@medusajs/framework/utils"
import { refused, wholesaleFixture } from "../helpers/wholesale"
import { available, submitOrder } from "../helpers/checkout"
import { PNG } from "../helpers/dealer-application"
import { CREDIT_MODULE } from "../../src/modules/credit"
import { STATUS_FIELDS, withStatusFacts } from "../../src/workflows/order-review/lib/order-status-facts"

jest.setTimeout(400 * 1000)


medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let f: Awaited<ReturnType<typeof wholesaleFixture>>
    let tier: any, p: any, other: any
    let v: { id: string; sku: string }
    let seq = 0
    const approve = (orderId: string) => api.post(`/admin/order-reviews/${orderId}/decisions`, { action: "approve" }, f.staff)
    const ledger = async (dealerId: string) => {
      const credit = getContainer().resolve(CREDIT_MODULE)
      const [acc] = await credit.listCreditAccounts({ dealer_id: dealerId })
      return acc ? credit.listCreditEntries({ account_id: acc.id }, { order: { created_at: "ASC" } }) : []
    }
    const paymentStatus = async (id: string) => {
      const { data } = await getContainer().resolve("query").graph({ entity: "order", fields: ["id", ...STATUS_FIELDS], filters: { id } })
      return withStatusFacts(data[0] as any).payment_status
    }
    /** An order on account, approved, optionally paid, shipped in one package and received in full. */
    const receivedOrder = async (quantity: number, pay = true) => {
      const order = await submitOrder(api, f, p.owner, [{ variant_id: v.id, quantity }], { payment_method: "on_account" })
      await approve(order.id)
      if (pay) {
        await eventually(() => ledger(p.dealer.id), (l: any[]) => l.some((e) => e.order_id === order.id && e.type === "hold"))
        await api.post(`/store/dealer-orders/${order.id}/pay`, { method: "on_account" }, p.owner)
      }
      seq++
      const number = `SF4${String(Date.now()).slice(-8)}${String(seq).padStart(3, "0")}`
      const shipment = (await api.post(`/admin/warehouse/orders/${order.id}/shipments`, { carrier_code: "sf", tracking_number: number }, f.staff)).data.shipment
      await api.post(`/store/dealer-orders/${order.id}/shipments/${shipment.id}/receipt`, { lines: [] }, p.owner)
      return { order, shipment, lineId: shipment.items[0].line_item_id as string }
    }
    const request = (auth: any, body: any) => refused(api.post("/store/after-sales", body, auth))

    beforeAll(async () => {
      f = await wholesaleFixture(api, getContainer())
      tier = await f.createTier("售后测试等级")
      p = await f.dealer(tier, true, { credit_limit: 100000, payment_terms_days: 30 })
      other = await f.dealer(tier, true, { credit_limit: 100000, payment_terms_days: 30 })
      ;[v] = await f.plainVariants(1)
    })

    it("takes requests within what was received, keeps them to the dealer, and lets the dealer withdraw them", async () => {
      const { order, lineId } = await receivedOrder(4, false)
      const notYet = await submitOrder(api, f, p.owner, [{ variant_id: v.id, quantity: 1 }], { payment_method: "on_account" })
      const early = await request(p.owner, { order_id: notYet.id, kind: "return", reason: "不要了", lines: [{ line_item_id: "x", quantity: 1 }] })
      expect([early.status, early.data.code]).toEqual([409, "nothing_received"])
      const tooMany = await request(p.owner, { order_id: order.id, kind: "return", reason: "多订了", lines: [{ line_item_id: lineId, quantity: 5 }] })
      expect([tooMany.status, tooMany.data.code, tooMany.data.available]).toEqual([400, "quantity_exceeds_received", 4])
      expect(tooMany.data.message).toMatch(/最多还能申请 4 件$/)
      const noReason = await request(p.owner, { order_id: order.id, kind: "return", reason: " ", lines: [{ line_item_id: lineId, quantity: 1 }] })
      expect(noReason.data.code).toBe("reason_required")
      const nothing = await request(p.owner, { order_id: order.id, kind: "return", reason: "x", lines: [{ line_item_id: lineId, quantity: 0 }] })
      expect([nothing.status, nothing.data.code, nothing.data.message]).toEqual([400, "lines_required", "请选择要申请售后的商品和数量"])
      const theirs = await request(other.owner, { order_id: order.id, kind: "return", reason: "x", lines: [{ line_item_id: lineId, quantity: 1 }] })
      expect(theirs.status).toBe(404)

      const form = new FormData()
      form.append("payload", JSON.stringify({ order_id: order.id, kind: "return", reason: "多订了两箱", lines: [{ line_item_id: lineId, quantity: 2, note: "未拆封", photos: [0] }] }))
      form.append("photos", new Blob([new Uint8Array(PNG)], { type: "image/png" }), "box.png")
      const made = await request(p.owner, form)
      expect(made.status).toBe(201)
      const kase = made.data.case
      expect(kase).toEqual(expect.objectContaining({ kind: "return", kind_label: "退货", status: "requested", status_label: "待处理", display_id: order.display_id, reason: "多订了两箱" }))
      expect(kase.lines).toEqual([expect.objectContaining({ line_item_id: lineId, quantity: 2, note: "未拆封", photos: [expect.any(String)] })])
      expect(kase.history.map((h: any) => [h.action, h.actor_type])).toEqual([["requested", "dealer"]])
      expect(kase.dealer).toBeUndefined()
      const lines = (await api.get(`/store/dealer-orders/${order.id}/after-sales-lines`, p.owner)).data.lines
      expect(lines).toEqual([expect.objectContaining({ line_item_id: lineId, received: 4, requested: 2, available: 2 })])
      expect((await refused(api.get(`/store/dealer-orders/${order.id}/after-sales-lines`, other.owner))).status).toBe(404)

      const photoId = kase.lines[0].photos[0]
      const photo = await api.get(`/store/after-sales/${kase.id}/photos/${photoId}`, { ...p.owner, responseType: "arraybuffer" })
      expect(Buffer.from(photo.data).equals(PNG)).toBe(true)
      expect((await refused(api.get(`/store/after-sales/${kase.id}/photos/${photoId}`, other.owner))).status).toBe(404)
      expect((await refused(api.get(`/store/after-sales/${kase.id}`, other.owner))).status).toBe(404)
      expect((await api.get("/store/after-sales", other.owner)).data.cases).toEqual([])
      expect((await api.get("/store/after-sales", p.owner)).data.cases.map((c: any) => c.id)).toEqual([kase.id])
      expect((await refused(api.post(`/store/after-sales/${kase.id}/cancel`, {}, other.owner))).status).toBe(404)

      const coreReturn = await refused(api.post("/store/returns", { order_id: order.id, items: [{ id: lineId, quantity: 1 }], return_shipping: { option_id: "x" } }, f.store()))
      expect([coreReturn.status, coreReturn.data.code]).toEqual([403, "use_after_sales"])

      const withdrawn = (await api.post(`/store/after-sales/${kase.id}/cancel`, {}, p.owner)).data.case
      expect([withdrawn.status, withdrawn.history.map((h: any) => h.action)]).toEqual(["canceled", ["requested", "canceled"]])
      const again = await refused(api.post(`/store/after-sales/${kase.id}/cancel`, {}, p.owner))
      expect([again.status, again.data.code, again.data.message]).toEqual([409, "case_not_open", "该售后申请已是「已撤销」，不能再这样处理"])
      expect((await api.get(`/store/dealer-orders/${order.id}/after-sales-lines`, p.owner)).data.lines[0].available).toBe(4)
    })

    it("receives an accepted return into stock and refunds it on the account and in Medusa", async () => {
      const { order, lineId } = await receivedOrder(3)
      const kase = (await request(p.owner, { order_id: order.id, kind: "return", reason: "滞销退货", lines: [{ line_item_id: lineId, quantity: 2 }] })).data.case
      const unitPrice = (await api.get(`/store/dealer-orders/${order.id}`, p.owner)).data.order.items[0].unit_price
      expect(kase.lines[0].unit_price).toBe(unitPrice)

      const early = await refused(api.post(`/admin/after-sales/${kase.id}/receive`, {}, f.staff))
      expect([early.status, early.data.code]).toEqual([409, "case_not_accepted"])
      const accepted = (await api.post(`/admin/after-sales/${kase.id}/accept`, { note: "同意退货，请寄回" }, f.staff)).data.case
      expect(accepted).toEqual(expect.objectContaining({ status: "accepted", decision_reason: "同意退货，请寄回", return_id: expect.stringMatching(/^return_/), dealer: expect.objectContaining({ id: p.dealer.id }) }))
      const { data: returns } = await getContainer().resolve("query").graph({ entity: "return", fields: ["id", "status", "items.item_id", "items.quantity"], filters: { id: accepted.return_id } })
      expect(returns[0]).toEqual(expect.objectContaining({ status: "requested", items: [expect.objectContaining({ item_id: lineId, quantity: 2 })] }))
      expect((await refused(api.post(`/admin/after-sales/${kase.id}/accept`, {}, f.staff))).data.code).toBe("case_not_open")
      const told = await eventually(
        () => getContainer().resolve(Modules.NOTIFICATION).listNotifications({ resource_id: kase.id, trigger_type: "after_sales.accepted" }),
        (n: any[]) => n.some((x) => x.channel === "sms")
      )
      expect(told.find((x: any) => x.channel === "sms").data.text).toContain("退货申请已受理")

      const max = Math.round(unitPrice * 2 * 100) / 100
      const tooMuch = await refused(api.post(`/admin/after-sales/${kase.id}/receive`, { refund_amount: max + 1 }, f.staff))
      expect([tooMuch.status, tooMuch.data.code, tooMuch.data.max]).toEqual([400, "refund_exceeds_returned", max])
      const stockBefore = await available(getContainer(), v.id)
      const entriesBefore = (await ledger(p.dealer.id)).length

      const done = (await api.post(`/admin/after-sales/${kase.id}/receive`, { note: "货已入库" }, f.staff)).data.case
      expect(done).toEqual(expect.objectContaining({ status: "completed", refund_amount: max, refund_method: "on_account" }))
      expect(done.history.map((h: any) => h.action)).toEqual(["requested", "accepted", "received", "refunded"])
      expect(await available(getContainer(), v.id)).toBe(stockBefore + 2)
      const entries = await ledger(p.dealer.id)
      expect(entries.length).toBe(entriesBefore + 1)
      expect([entries.at(-1).type, Number(entries.at(-1).amount), entries.at(-1).order_id]).toEqual(["refund", max, order.id])
      expect(await paymentStatus(order.id)).toBe("partially_refunded")
      const twice = await refused(api.post(`/admin/after-sales/${kase.id}/receive`, {}, f.staff))
      expect(twice.data.code).toBe("case_not_open")
      expect((await ledger(p.dealer.id)).length).toBe(entriesBefore + 1)
      expect((await api.get(`/store/after-sales/${kase.id}`, p.owner)).data.case).toEqual(expect.objectContaining({ status: "completed", status_label: "已完成", refund_amount: max }))
    })

    it("rejects with a reason, completes exchanges and repairs, and never refunds an unpaid order", async () => {
      const { order, lineId } = await receivedOrder(3, false)
      const ask = async (kind: string, quantity = 1) => (await request(p.owner, { order_id: order.id, kind, reason: `${kind} 申请`, lines: [{ line_item_id: lineId, quantity }] })).data.case
      const repair = await ask("repair")
      const noReason = await refused(api.post(`/admin/after-sales/${repair.id}/reject`, {}, f.staff))
      expect([noReason.status, noReason.data.code]).toEqual([400, "reason_required"])
      const rejected = (await api.post(`/admin/after-sales/${repair.id}/reject`, { reason: "人为损坏，不在保修范围" }, f.staff)).data.case
      expect([rejected.status, rejected.decision_reason]).toEqual(["rejected", "人为损坏，不在保修范围"])
      expect((await api.get(`/store/after-sales/${repair.id}`, p.owner)).data.case.decision_reason).toBe("人为损坏，不在保修范围")

      const exchange = await ask("exchange")
      expect((await refused(api.post(`/admin/after-sales/${exchange.id}/complete`, {}, f.staff))).data.code).toBe("case_not_accepted")
      const accepted = (await api.post(`/admin/after-sales/${exchange.id}/accept`, {}, f.staff)).data.case
      expect(accepted.return_id).toMatch(/^return_/)
      // The replacement is a new line of the order, reserved and waiting in the warehouse queue.
      const queued = (await api.get(`/admin/warehouse/orders?stage=to_pick&q=${order.display_id}`, f.staff)).data.orders
      expect(queued.map((o: any) => [o.id, o.remaining_count])).toEqual([[order.id, 1]])
      const { data: exchanges } = await getContainer().resolve("query").graph({ entity: "order_exchange", fields: ["id", "return_id", "additional_items.quantity", "additional_items.item.variant_id", "additional_items.item.unit_price"], filters: { order_id: order.id } })
      expect(exchanges).toHaveLength(1)
      expect(exchanges[0].return_id).toBe(accepted.return_id)
      expect(exchanges[0].additional_items).toEqual([expect.objectContaining({ quantity: 1, item: expect.objectContaining({ variant_id: v.id }) })])
      const replacement = await api.post(`/admin/warehouse/orders/${order.id}/shipments`, { carrier_code: "sf", tracking_number: `SF5${String(Date.now()).slice(-12)}` }, f.staff)
      expect(replacement.data.shipment.items).toEqual([expect.objectContaining({ quantity: 1 })])
      const moneyBack = await refused(api.post(`/admin/after-sales/${exchange.id}/receive`, { refund_amount: 1 }, f.staff))
      expect([moneyBack.status, moneyBack.data.code, moneyBack.data.max]).toEqual([400, "refund_exceeds_returned", 0])
      const back = (await api.post(`/admin/after-sales/${exchange.id}/receive`, {}, f.staff)).data.case
      expect([back.status, back.refund_amount]).toEqual(["received", 0])
      const done = (await api.post(`/admin/after-sales/${exchange.id}/complete`, { note: "换货已寄出" }, f.staff)).data.case
      expect([done.status, done.history.map((h: any) => h.action)]).toEqual(["completed", ["requested", "accepted", "received", "completed"]])
      // A repair travels the same way: the unit comes back, a repaired (same) unit goes out.
      const repair2 = await ask("repair")
      const repairing = (await api.post(`/admin/after-sales/${repair2.id}/accept`, { note: "寄回维修" }, f.staff)).data.case
      expect([repairing.status, repairing.return_id]).toEqual(["accepted", expect.stringMatching(/^return_/)])
      expect((await api.get(`/admin/warehouse/orders?stage=to_pick&q=${order.display_id}`, f.staff)).data.orders[0].remaining_count).toBe(1)

      const ret = await ask("return")
      await api.post(`/admin/after-sales/${ret.id}/accept`, {}, f.staff)
      const unpaid = await refused(api.post(`/admin/after-sales/${ret.id}/receive`, {}, f.staff))
      expect([unpaid.status, unpaid.data.code]).toEqual([409, "refund_unpaid_order"])
      expect((await api.get(`/admin/after-sales/${ret.id}`, f.staff)).data.case.status).toBe("accepted")
      const noRefund = (await api.post(`/admin/after-sales/${ret.id}/receive`, { refund_amount: 0 }, f.staff)).data.case
      expect([noRefund.status, noRefund.refund_amount, noRefund.history.at(-1).note]).toEqual(["completed", 0, "无退款"])
      // The exchange, the repair and the return hold one unit each; the rejected repair none.
      expect((await api.get(`/store/dealer-orders/${order.id}/after-sales-lines`, p.owner)).data.lines[0]).toEqual(expect.objectContaining({ received: 3, requested: 3, available: 0 }))
    })

    it("puts receipt discrepancies in the staff queue, searchable by order and dealer", async () => {
      const order = await submitOrder(api, f, p.owner, [{ variant_id: v.id, quantity: 2 }], { payment_method: "on_account" })
      await approve(order.id)
      const s = (await api.post(`/admin/warehouse/orders/${order.id}/shipments`, { carrier_code: "jt", tracking_number: `JT${String(Date.now()).slice(-13)}` }, f.staff)).data.shipment
      const receipt = (await api.post(`/store/dealer-orders/${order.id}/shipments/${s.id}/receipt`, { lines: [{ line_item_id: s.items[0].line_item_id, received: 1, issue: "short" }] }, p.owner)).data.shipment.receipt
      const queue = (await api.get("/admin/after-sales?status=requested&kind=receipt_discrepancy", f.staff)).data
      const row = queue.cases.find((c: any) => c.id === receipt.case_id)
      expect(row).toEqual(expect.objectContaining({ kind_label: "验收差异", display_id: order.display_id, dealer: expect.objectContaining({ company_name: expect.any(String) }) }))
      expect(row.lines).toEqual([expect.objectContaining({ issue: "short", quantity: 1 })])
      await api.post(`/admin/after-sales/${row.id}/accept`, {}, f.staff)
      expect((await refused(api.post(`/admin/after-sales/${row.id}/receive`, {}, f.staff))).data.code).toBe("not_a_return")
      expect((await api.post(`/admin/after-sales/${row.id}/complete`, { note: "已补发" }, f.staff)).data.case.status).toBe("completed")
      expect((await api.get(`/admin/after-sales?q=${order.display_id}`, f.staff)).data.cases.map((c: any) => c.id)).toEqual([receipt.case_id])
      expect((await api.get("/admin/after-sales?status=requested&kind=receipt_discrepancy", f.staff)).data.cases.map((c: any) => c.id)).not.toContain(receipt.case_id)
      expect((await api.get(`/admin/after-sales?q=${encodeURIComponent(row.dealer.company_name.slice(0, 4))}&kind=receipt_discrepancy`, f.staff)).data.cases.map((c: any) => c.id)).toContain(receipt.case_id)
      expect((await refused(api.get("/admin/after-sales", p.owner))).status).toBe(401)
      const notified = await eventually(() => getContainer().resolve(Modules.NOTIFICATION).listNotifications({ resource_id: s.id }), (n: any[]) => n.length > 0)
      expect(notified.some((n: any) => n.template === "shipment-shipped")).toBe(true)
    })
  },
})
