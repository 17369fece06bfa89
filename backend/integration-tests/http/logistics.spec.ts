import http from "http"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { eventually } from "../helpers/eventually"
import { Modules } from "@medusajs/framework/utils"
import { refused, wholesaleFixture } from "../helpers/wholesale"
import { submitOrder } from "../helpers/checkout"
import { PNG } from "../helpers/dealer-application"
import { pdfText } from "../helpers/pdf-text"
import { LOGISTICS_MODULE } from "../../src/modules/logistics"
import { AFTER_SALES_MODULE } from "../../src/modules/after-sales"
import { kuaidi100Sign } from "../../src/modules/logistics/providers/kuaidi100-format"
import { trackingProvider } from "../../src/modules/logistics/providers"
import { pollTracking } from "../../src/workflows/logistics/lib/poll-tracking"
import { autoConfirmReceipts } from "../../src/workflows/logistics/lib/auto-confirm-receipts"
import { STATUS_FIELDS, withStatusFacts } from "../../src/workflows/order-review/lib/order-status-facts"

jest.setTimeout(400 * 1000)

// A stand-in for Kuaidi100's API (subscribe and query), recording what we send it.
const FAKE_PORT = 12190
const SALT = "test-salt-为了签名"
process.env.KUAIDI100_KEY = "test-key"
process.env.KUAIDI100_CUSTOMER = "test-customer"
process.env.KUAIDI100_SALT = SALT
process.env.KUAIDI100_API_URL = `http://127.0.0.1:${FAKE_PORT}`
const calls: { path: string; form: URLSearchParams }[] = []
let queryAnswer: unknown = null


/** Kuaidi100's push as documented: form fields `param` (JSON) and `sign` = MD5(param + salt). */
function push(number: string, com: string, state: string, data: { time: string; context: string; areaName?: string; statusCode?: string }[]) {
  const param = JSON.stringify({
    status: "polling",
    billstatus: "got",
    message: "",
    lastResult: { message: "ok", nu: number, ischeck: state === "3" ? "1" : "0", com, status: "200", state, condition: "F00", data: data.map((d) => ({ ...d, ftime: d.time })) },
  })
  return { param, sign: kuaidi100Sign(param + SALT) }
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let f: Awaited<ReturnType<typeof wholesaleFixture>>
    let tier: any, p: any, other: any
    let v: { id: string; sku: string }
    let server: http.Server
    const logistics = () => getContainer().resolve(LOGISTICS_MODULE)
    const approve = (orderId: string) => api.post(`/admin/order-reviews/${orderId}/decisions`, { action: "approve" }, f.staff)
    const ship = (orderId: string, body: Record<string, unknown>) => refused(api.post(`/admin/warehouse/orders/${orderId}/shipments`, body, f.staff))
    const hook = (form: Record<string, string>) =>
      refused(api.post("/hooks/logistics/kuaidi100", new URLSearchParams(form).toString(), { headers: { "content-type": "application/x-www-form-urlencoded" } }))
    const orderFacts = async (id: string) => {
      const { data } = await getContainer().resolve("query").graph({ entity: "order", fields: ["status", "fulfillments.id", "fulfillments.delivered_at", "fulfillments.labels.tracking_number", ...STATUS_FIELDS], filters: { id } })
      return withStatusFacts(data[0] as any) as any
    }
    /** An approved order the dealer will pay on account: the warehouse may ship it before payment. */
    const onAccountOrder = async (quantity = 3) => {
      const order = await submitOrder(api, f, p.owner, [{ variant_id: v.id, quantity }], { payment_method: "on_account" })
      await approve(order.id)
      return order
    }

    beforeAll(async () => {
      server = http.createServer((req, res) => {
        let body = ""
        req.on("data", (c) => (body += c))
        req.on("end", () => {
          calls.push({ path: req.url ?? "", form: new URLSearchParams(body) })
          res.setHeader("content-type", "application/json")
          res.end(JSON.stringify(req.url === "/poll" ? { result: true, returnCode: "200", message: "提交成功" } : queryAnswer))
        })
      })
      await new Promise<void>((r) => server.listen(FAKE_PORT, "127.0.0.1", () => r()))
      f = await wholesaleFixture(api, getContainer())
      tier = await f.createTier("物流测试等级")
      p = await f.dealer(tier, true, { credit_limit: 100000, payment_terms_days: 30 })
      other = await f.dealer(tier, true, { credit_limit: 100000, payment_terms_days: 30 })
      ;[v] = await f.plainVariants(1)
    })

    afterAll(async () => {
      await new Promise((r) => server.close(r))
    })

    it("ships only approved orders that are paid or on account, through our route and core's", async () => {
      const inReview = await submitOrder(api, f, p.owner, [{ variant_id: v.id, quantity: 1 }], { payment_method: "bank_transfer" })
      const early = await ship(inReview.id, { carrier_code: "sf", tracking_number: "SF1234567890123" })
      expect([early.status, early.data.code, early.data.message]).toEqual([409, "order_not_ready", `订单 #${inReview.display_id} 尚未审核通过或未付款（账期订单除外），不能发货`])
      await approve(inReview.id)
      const unpaid = await ship(inReview.id, { carrier_code: "sf", tracking_number: "SF1234567890123" })
      expect(unpaid.data.code).toBe("order_not_ready")
      const core = await refused(api.post(`/admin/orders/${inReview.id}/fulfillments`, { items: [{ id: "x", quantity: 1 }] }, f.staff))
      expect([core.status, core.data.code]).toEqual([409, "order_not_ready"])
      expect((await orderFacts(inReview.id)).fulfillments).toEqual([])
      const queue = (await api.get("/admin/warehouse/orders?stage=to_pick", f.staff)).data.orders
      expect(queue.map((o: any) => o.id)).not.toContain(inReview.id)
      expect(await logistics().listShipments({ order_id: inReview.id })).toEqual([])
    })

    it("moves an order through pick, pack and two packages, checking numbers and quantities", async () => {
      const order = await onAccountOrder(3)
      const stage = async (s: string) => (await api.get(`/admin/warehouse/orders?stage=${s}`, f.staff)).data.orders.find((o: any) => o.id === order.id)
      expect(await stage("to_pick")).toEqual(expect.objectContaining({ remaining_count: 3, paid: false, payment_method: "on_account", dealer: expect.objectContaining({ id: p.dealer.id }) }))
      const pick = (await api.get(`/admin/warehouse/orders/${order.id}/pick-list`, f.staff)).data
      expect(pick.locations).toHaveLength(1)
      expect(pick.locations[0].location.name).toEqual(expect.any(String))
      expect(pick.locations[0].lines).toEqual([expect.objectContaining({ sku: v.sku, remaining: 3 })])
      const pdf = await api.get(`/admin/warehouse/orders/${order.id}/pick-list/pdf`, { ...f.staff, responseType: "arraybuffer" })
      expect(pdf.headers["content-type"]).toBe("application/pdf")
      const text = pdfText(Buffer.from(pdf.data))
      expect(text).toContain(`拣货单 #${order.display_id}`)
      expect(text).toContain(v.sku)
      expect(text).toContain(pick.locations[0].location.name)
      const packFirst = await refused(api.post(`/admin/warehouse/orders/${order.id}/packed`, {}, f.staff))
      expect([packFirst.status, packFirst.data.code]).toEqual([409, "not_picked"])
      expect((await api.post(`/admin/warehouse/orders/${order.id}/picked`, {}, f.staff)).data.order.stage).toBe("to_pack")
      expect((await api.post(`/admin/warehouse/orders/${order.id}/packed`, {}, f.staff)).data.order.stage).toBe("to_ship")

      const lineId = pick.locations[0].lines[0].line_item_id
      const badNumber = await ship(order.id, { carrier_code: "sf", tracking_number: "12345" })
      expect([badNumber.status, badNumber.data.code, badNumber.data.example]).toEqual([400, "tracking_number_invalid", "SF1234567890123"])
      expect(badNumber.data.message).toBe("顺丰速运的运单号格式不对，应类似 SF1234567890123")
      const tooMany = await ship(order.id, { carrier_code: "sf", tracking_number: "SF1000000000001", items: [{ line_item_id: lineId, quantity: 4 }] })
      expect([tooMany.status, tooMany.data.code, tooMany.data.remaining]).toEqual([400, "quantity_exceeds_remaining", 3])
      const customNoName = await ship(order.id, { carrier_code: "custom", tracking_number: "AB1234" })
      expect(customNoName.data.code).toBe("carrier_name_required")
      expect(await logistics().listShipments({ order_id: order.id })).toEqual([])

      const first = await ship(order.id, { carrier_code: "sf", tracking_number: " sf1000000000001 ", items: [{ line_item_id: lineId, quantity: 1 }], estimated_arrival: "2026-12-01" })
      expect(first.status).toBe(201)
      expect(first.data.shipment).toEqual(
        expect.objectContaining({ carrier_code: "sf", carrier_name: "顺丰速运", tracking_number: "SF1000000000001", state: "pending", state_label: "待揽收", items: [expect.objectContaining({ line_item_id: lineId, quantity: 1 })] })
      )
      expect(first.data.shipment.tracking_url).toContain("com=shunfeng&nu=SF1000000000001")
      expect((await stage("to_ship")).remaining_count).toBe(2)
      const reused = await ship(order.id, { carrier_code: "sf", tracking_number: "SF1000000000001" })
      expect([reused.status, reused.data.code]).toEqual([409, "tracking_number_in_use"])

      const second = await ship(order.id, { carrier_code: "zto", tracking_number: "731234567890" })
      expect(second.data.shipment.items).toEqual([expect.objectContaining({ quantity: 2 })])
      expect((await stage("shipped")).shipments.map((s: any) => s.tracking_number)).toEqual(["SF1000000000001", "731234567890"])
      const facts = await orderFacts(order.id)
      expect(facts.fulfillment_status).toBe("shipped")
      expect(facts.fulfillments.map((x: any) => x.labels[0].tracking_number).sort()).toEqual(["731234567890", "SF1000000000001"])
      const nothing = await ship(order.id, { carrier_code: "zto", tracking_number: "731234567891" })
      expect(nothing.data.code).toBe("nothing_to_ship")

      // The number went to the tracking service with our callback, and the dealer was told.
      const subscribed = await eventually(async () => calls.filter((c) => c.path === "/poll"), (c) => c.length >= 2)
      const param = JSON.parse(subscribed[0].form.get("param")!)
      expect(param).toEqual(expect.objectContaining({ company: "shunfeng", number: "SF1000000000001", key: "test-key" }))
      expect(param.parameters.callbackurl).toMatch(/\/hooks\/logistics\/kuaidi100$/)
      const notices = await eventually(
        () => getContainer().resolve(Modules.NOTIFICATION).listNotifications({ trigger_type: "logistics.shipped" }),
        (n: any[]) => n.length >= 2
      )
      expect(notices.some((n: any) => n.channel === "sms" && n.data.text.includes("SF1000000000001"))).toBe(true)
    })

    it("takes Kuaidi100 pushes: signature checked, duplicates and stale pushes change nothing, delivery marks the fulfilment", async () => {
      const order = await onAccountOrder(1)
      const shipped = (await ship(order.id, { carrier_code: "yto", tracking_number: "YT1234567890123" })).data.shipment
      const earlier = { time: "2026-11-26 09:00:00", context: "【上海市】圆通速递 已揽收", areaName: "上海市", statusCode: "1" }
      const transit = { time: "2026-11-26 20:00:00", context: "【上海转运中心】已发出，下一站【北京转运中心】", areaName: "上海市", statusCode: "0" }
      const delivered = { time: "2026-11-27 15:30:00", context: "【北京市】已签收，签收人：前台", areaName: "北京市", statusCode: "301" }

      const forged = push("YT1234567890123", "yuantong", "3", [delivered])
      const bad = await hook({ param: forged.param, sign: "0".repeat(32) })
      expect([bad.status, bad.data]).toEqual([400, { result: false, returnCode: "400", message: "签名错误" }])
      expect((await logistics().listTrackingEvents({ shipment_id: shipped.id })).length).toBe(0)

      const first = push("YT1234567890123", "yuantong", "0", [transit, earlier])
      expect((await hook(first)).data).toEqual({ result: true, returnCode: "200", message: "成功" })
      expect((await hook(first)).data.result).toBe(true)
      let [s] = await logistics().listShipments({ id: shipped.id }, { relations: ["events"] })
      expect([s.state, s.events.length]).toEqual(["in_transit", 2])

      await hook(push("YT1234567890123", "yuantong", "3", [delivered, transit, earlier]))
      // A push held up in the provider's queue arrives after delivery.
      await hook(push("YT1234567890123", "yuantong", "0", [transit, earlier]))
      ;[s] = await logistics().listShipments({ id: shipped.id }, { relations: ["events"] })
      expect([s.state, s.events.length, new Date(s.last_event_at).toISOString(), new Date(s.delivered_at).toISOString()]).toEqual(["delivered", 3, "2026-11-27T07:30:00.000Z", "2026-11-27T07:30:00.000Z"])
      const facts = await orderFacts(order.id)
      expect(facts.fulfillments[0].delivered_at).not.toBeNull()
      expect(facts.fulfillment_status).toBe("delivered")

      const view = (await api.get(`/store/dealer-orders/${order.id}/shipments`, p.owner)).data.shipments
      expect(view[0].events.map((e: any) => e.description)).toEqual([delivered.context, transit.context, earlier.context])
      expect(view[0]).toEqual(expect.objectContaining({ state: "delivered", state_label: "已签收" }))
      const told = await eventually(
        () => getContainer().resolve(Modules.NOTIFICATION).listNotifications({ trigger_type: "logistics.delivered", resource_id: shipped.id }),
        (n: any[]) => n.length > 0
      )
      expect(told[0].data.text).toContain("已签收")
      expect((await hook(push("YT9999999999999", "yuantong", "0", [transit]))).data.result).toBe(true)
    })

    it("records staff events by hand and polls the provider for packages still on their way", async () => {
      const order = await onAccountOrder(1)
      const own = (await ship(order.id, { carrier_code: "own", tracking_number: "PS-001" })).data.shipment
      const added = await api.post(`/admin/shipments/${own.id}/events`, { description: "司机已出发", location: "上海仓", state: "out_for_delivery" }, f.staff)
      expect(added.data.shipment).toEqual(expect.objectContaining({ state: "out_for_delivery", events: [expect.objectContaining({ description: "司机已出发", source: "staff" })] }))
      const empty = await refused(api.post(`/admin/shipments/${own.id}/events`, { description: "" }, f.staff))
      expect([empty.status, empty.data.message]).toEqual([400, expect.stringContaining("description")])
      expect((await logistics().listTrackingEvents({ shipment_id: own.id })).length).toBe(1)
      const list = (await api.get("/admin/shipments?state=out_for_delivery", f.staff)).data
      expect((await api.get(`/admin/shipments?order_id=${order.id}`, f.staff)).data.shipments.map((s: any) => s.id)).toEqual([own.id])
      expect(list.shipments.find((s: any) => s.id === own.id)).toEqual(expect.objectContaining({ display_id: order.display_id, dealer: expect.objectContaining({ id: p.dealer.id }) }))

      const order2 = await onAccountOrder(1)
      const jt = (await ship(order2.id, { carrier_code: "jt", tracking_number: "JT1234567890123" })).data.shipment
      queryAnswer = { message: "ok", nu: "JT1234567890123", com: "jtexpress", status: "200", state: "5", data: [{ time: "2026-11-28 08:00:00", ftime: "2026-11-28 08:00:00", context: "快递员正在派件", statusCode: "5" }] }
      const run = await pollTracking(getContainer(), trackingProvider()!)
      expect(run.updated).toBeGreaterThanOrEqual(1)
      const [polled] = await logistics().listShipments({ id: jt.id })
      expect(polled.state).toBe("out_for_delivery")
      const query = calls.filter((c) => c.path === "/poll/query.do").at(-1)!
      expect(query.form.get("customer")).toBe("test-customer")
      expect(query.form.get("sign")).toBe(kuaidi100Sign(query.form.get("param")! + "test-key" + "test-customer"))
    })

    it("lets the dealer check packages: a discrepancy opens an after-sales case, a clean last package completes the order", async () => {
      const order = await onAccountOrder(3)
      const lineId = (await api.get(`/admin/warehouse/orders/${order.id}/pick-list`, f.staff)).data.locations[0].lines[0].line_item_id
      const a = (await ship(order.id, { carrier_code: "sf", tracking_number: "SF2000000000001", items: [{ line_item_id: lineId, quantity: 2 }] })).data.shipment
      const b = (await ship(order.id, { carrier_code: "sf", tracking_number: "SF2000000000002" })).data.shipment
      const receipt = (shipmentId: string, auth: any, body: any) => refused(api.post(`/store/dealer-orders/${order.id}/shipments/${shipmentId}/receipt`, body, auth))

      expect((await refused(api.get(`/store/dealer-orders/${order.id}/shipments`, other.owner))).status).toBe(404)
      expect((await receipt(a.id, other.owner, { lines: [] })).status).toBe(404)
      const more = await receipt(a.id, p.owner, { lines: [{ line_item_id: lineId, received: 3 }] })
      expect([more.status, more.data.code, more.data.shipped]).toEqual([400, "received_exceeds_shipped", 2])
      const noReason = await receipt(a.id, p.owner, { lines: [{ line_item_id: lineId, received: 1 }] })
      expect(noReason.data.code).toBe("issue_required")

      const form = new FormData()
      form.append("lines", JSON.stringify([{ line_item_id: lineId, received: 1, issue: "damaged", note: "外箱压坏", photos: [0] }]))
      form.append("photos", new Blob([new Uint8Array(PNG)], { type: "image/png" }), "box.png")
      const checked = await receipt(a.id, p.owner, form)
      expect(checked.status).toBe(201)
      const r = checked.data.shipment.receipt
      expect(r).toEqual(expect.objectContaining({ discrepancy: true, auto: false, case_id: expect.stringMatching(/^asc_/) }))
      expect(r.lines).toEqual([expect.objectContaining({ line_item_id: lineId, expected: 2, received: 1, issue: "damaged", note: "外箱压坏", photos: [expect.any(String)] })])
      const [kase] = await getContainer().resolve(AFTER_SALES_MODULE).listAfterSalesCases({ id: r.case_id })
      expect(kase).toEqual(expect.objectContaining({ order_id: order.id, dealer_id: p.dealer.id, kind: "receipt_discrepancy", status: "requested" }))
      const [photo] = await getContainer().resolve(Modules.FILE).listFiles({ id: r.lines[0].photos })
      // Private: not in the public static folder, whatever URL the file provider reports.
      expect((await refused(api.get(new URL(photo.url).pathname))).status).toBe(404)
      expect((await receipt(a.id, p.owner, { lines: [] })).data.code).toBe("receipt_exists")

      const clean = await receipt(b.id, p.owner, { lines: [] })
      expect(clean.data.shipment.receipt).toEqual(expect.objectContaining({ discrepancy: false, case_id: null }))
      // A discrepancy on an earlier package keeps the order open for after-sales.
      expect((await orderFacts(order.id)).status).toBe("pending")

      const order2 = await onAccountOrder(1)
      const c = (await ship(order2.id, { carrier_code: "sf", tracking_number: "SF2000000000003" })).data.shipment
      await api.post(`/store/dealer-orders/${order2.id}/shipments/${c.id}/receipt`, { lines: [] }, p.owner)
      expect((await orderFacts(order2.id)).status).toBe("completed")
    })

    it("ships in bulk from a CSV with a report per row, checking everything first in a dry run", async () => {
      const a = await onAccountOrder(1)
      const b = await onAccountOrder(1)
      const csv = ["订单号,快递公司,运单号,预计到达", `#${a.display_id},顺丰,SF3000000000001,2026-12-02`, `${b.display_id},zto,12`, "999999,sf,SF3000000000002"].join("\n")
      const dry = (await api.post("/admin/warehouse/shipments/import", { csv, dry_run: true }, f.staff)).data
      expect(dry.rows.map((r: any) => [r.row, r.ok, r.code ?? null])).toEqual([
        [2, true, null],
        [3, false, "tracking_number_invalid"],
        [4, false, "order_not_found"],
      ])
      expect(dry.rows[1].message).toBe("中通快递的运单号格式不对，应类似 731234567890")
      expect([dry.created, (await logistics().listShipments({ order_id: [a.id, b.id] })).length]).toEqual([0, 0])
      const form = new FormData()
      form.append("file", new Blob([csv], { type: "text/csv" }), "ship.csv")
      const real = (await api.post("/admin/warehouse/shipments/import", form, f.staff)).data
      expect(real.created).toBe(1)
      const [shipped] = await logistics().listShipments({ order_id: a.id })
      expect([shipped.id, shipped.tracking_number, shipped.estimated_arrival?.toISOString?.().slice(0, 10)]).toEqual([real.rows[0].shipment_id, "SF3000000000001", "2026-12-02"])
      expect(await logistics().listShipments({ order_id: b.id })).toEqual([])
      const empty = await refused(api.post("/admin/warehouse/shipments/import", { csv: "" }, f.staff))
      expect([empty.status, empty.data.message]).toEqual([400, "请上传 CSV 文件"])
    })

    it("confirms receipt automatically some days after delivery", async () => {
      const order = await onAccountOrder(1)
      const s = (await ship(order.id, { carrier_code: "ems", tracking_number: "1123456789012" })).data.shipment
      await api.post(`/admin/shipments/${s.id}/events`, { description: "已妥投", state: "delivered" }, f.staff)
      expect((await api.post("/admin/logistics-settings", { auto_receipt_days: 5 }, f.staff)).data.settings.auto_receipt_days).toBe(5)
      expect((await autoConfirmReceipts(getContainer(), new Date(Date.now() + 4 * 86_400_000))).confirmed).not.toContain(s.id)
      expect((await autoConfirmReceipts(getContainer(), new Date(Date.now() + 6 * 86_400_000))).confirmed).toContain(s.id)
      const [receipt] = await logistics().listReceipts({ shipment_id: s.id })
      expect([receipt.auto, receipt.discrepancy]).toEqual([true, false])
      expect((await orderFacts(order.id)).status).toBe("completed")
      const zero = await refused(api.post("/admin/logistics-settings", { auto_receipt_days: 0 }, f.staff))
      expect([zero.status, zero.data.message]).toEqual([400, expect.stringContaining("auto_receipt_days")])
      expect((await api.get("/admin/logistics-settings", f.staff)).data.settings.auto_receipt_days).toBe(5)
      expect((await refused(api.get("/admin/warehouse/orders", p.owner))).status).toBe(401)
    })
  },
})
