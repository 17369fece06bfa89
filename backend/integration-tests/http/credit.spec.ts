import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { eventually } from "../helpers/eventually"
import { Modules } from "@medusajs/framework/utils"
import { sendDueNotices } from "../../src/workflows/credit/lib/send-due-notices"
import { CREDIT_MODULE } from "../../src/modules/credit"
import { refused, wholesaleFixture } from "../helpers/wholesale"
import { submitOrder } from "../helpers/checkout"
import { PDF, PNG } from "../helpers/dealer-application"
import { STATUS_FIELDS, withStatusFacts } from "../../src/workflows/order-review/lib/order-status-facts"

jest.setTimeout(400 * 1000)


medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let f: Awaited<ReturnType<typeof wholesaleFixture>>
    let tier: any
    let p: any, q: any, other: any
    let v: { id: string; sku: string }
    const credit = () => getContainer().resolve(CREDIT_MODULE)
    const line = () => [{ variant_id: v.id, quantity: 1 }]
    const account = async (auth: any) => (await api.get("/store/credit", auth)).data
    const entries = async (dealerId: string) => {
      const [acc] = await credit().listCreditAccounts({ dealer_id: dealerId })
      return acc ? credit().listCreditEntries({ account_id: acc.id }, { order: { created_at: "ASC" } }) : []
    }
    const approve = (orderId: string) => api.post(`/admin/order-reviews/${orderId}/decisions`, { action: "approve" }, f.staff)
    const slipForm = (file: Buffer, name: string, extra: Record<string, string> = {}) => {
      const form = new FormData()
      for (const [k, val] of Object.entries(extra)) form.append(k, val)
      form.append("file", new Blob([new Uint8Array(file)]), name)
      return form
    }
    const paymentOf = async (orderId: string) => {
      const { data } = await getContainer().resolve("query").graph({ entity: "order", fields: STATUS_FIELDS, filters: { id: orderId } })
      return withStatusFacts(data[0] as any)
    }

    beforeAll(async () => {
      f = await wholesaleFixture(api, getContainer())
      tier = await f.createTier("信用测试等级")
      p = await f.dealer(tier, true, { credit_limit: 1000, payment_terms_days: 30 })
      q = await f.dealer(tier, true, { credit_limit: 1, payment_terms_days: 0 })
      other = await f.dealer(tier)
      ;[v] = await f.plainVariants(1)
    })

    it("pays an approved order on account: held at approval, charged when paid, due after the terms", async () => {
      const order = await submitOrder(api, f, p.owner, line(), { payment_method: "on_account" })
      const early = await refused(api.post(`/store/dealer-orders/${order.id}/pay`, { method: "on_account" }, p.owner))
      expect([early.status, early.data.code, early.data.message]).toEqual([409, "order_not_payable", "订单当前状态为「审核中」，不能付款"])
      await approve(order.id)
      const held = await eventually(() => account(p.owner), (a) => a.balances.held > 0)
      expect(held.balances).toEqual({ credit_limit: 1000, outstanding: 0, held: order.total, available: 1000 - order.total, prepaid: 0 })
      expect(held.methods).toEqual(["on_account", "bank_transfer", "prepaid"])

      const paid = await api.post(`/store/dealer-orders/${order.id}/pay`, { method: "on_account" }, p.owner)
      expect(paid.data.order.status).toBe("paid")
      expect(paid.data.order.payment).toEqual(expect.objectContaining({ method: "on_account", can_pay: false, due_at: expect.any(String) }))
      expect((await paymentOf(order.id)).payment_status).toBe("captured")
      const after = await account(p.owner)
      expect(after.balances).toEqual({ credit_limit: 1000, outstanding: order.total, held: 0, available: 1000 - order.total, prepaid: 0 })
      const ledger = await entries(p.dealer.id)
      expect(ledger.map((e: any) => [e.type, Number(e.amount), e.order_id])).toEqual([
        ["hold", order.total, order.id],
        ["release", order.total, order.id],
        ["charge", order.total, order.id],
      ])
      const due = +new Date(ledger[2].due_at!) - Date.now()
      expect(due).toBeGreaterThan(29.9 * 86_400_000)
      expect(due).toBeLessThan(30.1 * 86_400_000)
      expect(after.open_items).toEqual([expect.objectContaining({ order_id: order.id, open: order.total, overdue: false })])

      const twice = await refused(api.post(`/store/dealer-orders/${order.id}/pay`, { method: "on_account" }, p.owner))
      expect([twice.status, twice.data.code]).toEqual([409, "order_not_payable"])
      expect((await entries(p.dealer.id)).length).toBe(3)
      const theirs = await refused(api.post(`/store/dealer-orders/${order.id}/pay`, { method: "on_account" }, other.owner))
      expect(theirs.status).toBe(404)
      const noCredit = await submitOrder(api, f, other.owner, line())
      await approve(noCredit.id)
      const refusedMethod = await refused(api.post(`/store/dealer-orders/${noCredit.id}/pay`, { method: "on_account" }, other.owner))
      expect([refusedMethod.status, refusedMethod.data.code]).toEqual([409, "payment_method_unavailable"])
      expect((await refused(api.post(`/store/dealer-orders/${noCredit.id}/pay`, { method: "cash" }, other.owner))).status).toBe(400)
    })

    it("lets exactly 10 of 50 concurrent on-account payments through a limit that fits 10", async () => {
      await api.post("/admin/review-rules", { name: "信用测试免审", require_all_checks: false, tier_group_id: tier.customer_group_id }, f.staff)
      const orders: any[] = []
      for (let i = 0; i < 50; i++) orders.push(await submitOrder(api, f, q.owner, line()))
      expect(orders.every((o) => o.status === "awaiting_payment")).toBe(true)
      const total = orders[0].total
      const acc = (await api.get(`/admin/credit-accounts/${q.dealer.id}`, f.staff)).data.account
      await api.post(`/admin/credit-accounts/${q.dealer.id}/adjustments`, { kind: "limit", credit_limit: Math.round(total * 10 * 100) / 100 + 0.5, reason: "并发测试" }, f.staff)
      expect(acc.credit_limit).toBe(1)

      const results = await Promise.all(orders.map((o) => refused(api.post(`/store/dealer-orders/${o.id}/pay`, { method: "on_account" }, q.owner))))
      const codes = results.map((r) => (r.status === 200 ? "paid" : r.data.code))
      expect(codes.filter((c) => c === "paid")).toHaveLength(10)
      expect(codes.filter((c) => c === "credit_insufficient")).toHaveLength(40)
      const charges = (await entries(q.dealer.id)).filter((e: any) => e.type === "charge")
      expect(charges).toHaveLength(10)
      const balances = (await account(q.owner)).balances
      expect(balances.outstanding).toBeCloseTo(total * 10, 2)
      expect(balances.available).toBeGreaterThanOrEqual(0)
    })

    it("takes a bank transfer slip that finance rejects, then confirms, which pays the order", async () => {
      const order = await submitOrder(api, f, other.owner, line())
      const slips = (auth: any, form: FormData) => refused(api.post(`/store/dealer-orders/${order.id}/slips`, form, auth))
      expect((await slips(other.owner, slipForm(PNG, "回单.png")))).toEqual(expect.objectContaining({ status: 409 }))
      await approve(order.id)
      const wrongAmount = await slips(other.owner, slipForm(PNG, "回单.png", { amount: String(order.total + 1) }))
      expect([wrongAmount.status, wrongAmount.data.code]).toEqual([400, "slip_amount_mismatch"])
      const notAnImage = await slips(other.owner, slipForm(Buffer.from("MZ not an image"), "回单.exe"))
      expect([notAnImage.status, notAnImage.data.code]).toEqual([400, "slip_file_missing"])
      expect((await slips(p.owner, slipForm(PNG, "回单.png"))).status).toBe(404)

      const first = await slips(other.owner, slipForm(PNG, "回单.png", { payer_name: "杭州某公司" }))
      expect(first.status).toBe(201)
      expect(first.data.slip).toEqual(expect.objectContaining({ status: "pending", amount: order.total, reference_code: `DM${order.display_id}`, file_name: "回单.png" }))
      expect(first.data.slip.file_id).toBeUndefined()
      expect((await slips(other.owner, slipForm(PNG, "再传.png"))).data.code).toBe("slip_pending")
      expect((await api.get(`/store/dealer-orders/${order.id}`, other.owner)).data.order.payment).toEqual(
        expect.objectContaining({ method: null, can_pay: false, pending_slip: true })
      )

      const queue = await api.get("/admin/payment-slips", f.staff)
      const row = queue.data.slips.find((s: any) => s.id === first.data.slip.id)
      expect(row).toEqual(expect.objectContaining({ dealer: expect.objectContaining({ id: other.dealer.id }), order: expect.objectContaining({ id: order.id }) }))
      const file = await api.get(row.file_url, { ...f.staff, responseType: "arraybuffer" })
      expect(Buffer.from(file.data).equals(PNG)).toBe(true)
      expect((await refused(api.get(row.file_url, other.owner))).status).toBe(401)

      const noReason = await refused(api.post(`/admin/payment-slips/${row.id}/reject`, {}, f.staff))
      expect(noReason.status).toBe(400)
      const rejected = await api.post(`/admin/payment-slips/${row.id}/reject`, { reason: "金额与到账不符" }, f.staff)
      expect([rejected.data.slip.status, rejected.data.slip.reason]).toEqual(["rejected", "金额与到账不符"])
      expect((await api.get(`/store/dealer-orders/${order.id}`, other.owner)).data.order.status).toBe("awaiting_payment")

      const second = await slips(other.owner, slipForm(PDF, "回单.pdf"))
      const confirmed = await api.post(`/admin/payment-slips/${second.data.slip.id}/confirm`, {}, f.staff)
      expect(confirmed.data.slip.status).toBe("confirmed")
      expect((await api.get(`/store/dealer-orders/${order.id}`, other.owner)).data.order.status).toBe("paid")
      expect((await paymentOf(order.id)).payment_status).toBe("captured")
      const again = await refused(api.post(`/admin/payment-slips/${second.data.slip.id}/confirm`, {}, f.staff))
      expect([again.status, again.data.code]).toEqual([409, "slip_decided"])
      expect((await entries(other.dealer.id)).filter((e: any) => e.type !== "hold" && e.type !== "release")).toEqual([])
      const mine = await api.get(`/store/dealer-orders/${order.id}/slips`, other.owner)
      expect(mine.data.slips.map((s: any) => s.status)).toEqual(["confirmed", "rejected"])
      expect((await refused(api.get(`/store/dealer-orders/${order.id}/slips`, p.owner))).status).toBe(404)
    })

    it("tops up the prepaid balance by transfer and pays orders from it while it lasts", async () => {
      const bad = await refused(api.post("/store/credit/topups", slipForm(PNG, "充值.png", { amount: "-5" }), other.owner))
      expect(bad.status).toBe(400)
      const nonNumeric = await refused(api.post("/store/credit/topups", slipForm(PNG, "充值.png", { amount: "abc" }), other.owner))
      expect(nonNumeric.status).toBe(400)
      // 1.13 × 100 is not a whole number in floating point; the amount is still a valid ¥1.13.
      const cents = await api.post("/store/credit/topups", slipForm(PNG, "充值.png", { amount: "1.13" }), other.owner)
      expect([cents.status, cents.data.slip.amount]).toEqual([201, 1.13])
      const order = await submitOrder(api, f, other.owner, line())
      await approve(order.id)
      const amount = Math.round(order.total * 1.5 * 100) / 100
      const topup = await api.post("/store/credit/topups", slipForm(PNG, "充值.png", { amount: String(amount) }), other.owner)
      expect(topup.data.slip).toEqual(expect.objectContaining({ kind: "topup", status: "pending", amount }))
      expect((await account(other.owner)).balances.prepaid).toBe(0)
      await api.post(`/admin/payment-slips/${topup.data.slip.id}/confirm`, {}, f.staff)
      expect((await account(other.owner)).balances.prepaid).toBe(amount)

      const paid = await api.post(`/store/dealer-orders/${order.id}/pay`, { method: "prepaid" }, other.owner)
      expect(paid.data.order.status).toBe("paid")
      expect((await account(other.owner)).balances.prepaid).toBeCloseTo(amount - order.total, 2)
      const next = await submitOrder(api, f, other.owner, line())
      await approve(next.id)
      const short = await refused(api.post(`/store/dealer-orders/${next.id}/pay`, { method: "prepaid" }, other.owner))
      expect([short.status, short.data.code]).toEqual([409, "prepaid_insufficient"])
      expect(short.data.message).toContain("预存款余额不足")
    })

    it("releases the on-account hold when the order is paid another way", async () => {
      const order = await submitOrder(api, f, p.owner, line(), { payment_method: "on_account" })
      await approve(order.id)
      await eventually(() => account(p.owner), (a) => a.balances.held > 0)
      const topup = await api.post("/store/credit/topups", slipForm(PNG, "充值.png", { amount: String(order.total) }), p.owner)
      await api.post(`/admin/payment-slips/${topup.data.slip.id}/confirm`, {}, f.staff)
      await api.post(`/store/dealer-orders/${order.id}/pay`, { method: "prepaid" }, p.owner)
      const after = await eventually(() => account(p.owner), (a) => a.balances.held === 0)
      expect(after.balances).toEqual({ credit_limit: 1000, outstanding: 0, held: 0, available: 1000, prepaid: 0 })
      const mine = (await entries(p.dealer.id)).filter((e: any) => e.order_id === order.id)
      expect(mine.map((e: any) => [e.type, Number(e.amount)])).toEqual([
        ["hold", order.total],
        ["prepaid_spend", order.total],
        ["release", order.total],
      ])
      expect(mine[2].note).toBe("订单已用其他方式付款，释放占用额度")
    })

    it("keeps the dashboard's capture and refund buttons off pay-after-review payments", async () => {
      const order = await submitOrder(api, f, p.owner, line())
      await approve(order.id)
      const { data } = await getContainer().resolve("query").graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: order.id } })
      const paymentId = (data[0] as any).payment_collections[0].payments[0].id
      const capture = await refused(api.post(`/admin/payments/${paymentId}/capture`, {}, f.staff))
      expect([capture.status, capture.data.code]).toEqual([409, "deferred_payment_locked"])
      const refund = await refused(api.post(`/admin/payments/${paymentId}/refund`, { amount: 1 }, f.staff))
      expect([refund.status, refund.data.code]).toEqual([409, "deferred_payment_locked"])
      expect((await paymentOf(order.id)).payment_status).toBe("authorized")
      expect((await entries(p.dealer.id)).filter((e: any) => e.order_id === order.id)).toEqual([])
    })

    it("refunds to the account when staff cancel an order paid on account or from prepaid", async () => {
      const before = (await account(p.owner)).balances.outstanding
      const order = await submitOrder(api, f, p.owner, line())
      await approve(order.id)
      await api.post(`/store/dealer-orders/${order.id}/pay`, { method: "on_account" }, p.owner)
      expect((await account(p.owner)).balances.outstanding).toBeCloseTo(before + order.total, 2)
      await api.post(`/admin/orders/${order.id}/cancel`, {}, f.staff)
      const settled = await eventually(() => account(p.owner), (a) => Math.abs(a.balances.outstanding - before) < 0.001)
      expect(settled.balances.outstanding).toBeCloseTo(before, 2)
      const refunds = (await entries(p.dealer.id)).filter((e: any) => e.order_id === order.id && e.type === "refund")
      expect(refunds.map((e: any) => Number(e.amount))).toEqual([order.total])
    })

    it("records repayments, keeps the statement equal to the ledger, and holds orders of overdue dealers when set", async () => {
      // Each test starts from the state after beforeAll: make q owe money that is due at once (terms 0).
      await api.post(`/admin/credit-accounts/${q.dealer.id}/adjustments`, { kind: "limit", credit_limit: 100000, payment_terms_days: 0, reason: "测试" }, f.staff)
      const order = await submitOrder(api, f, q.owner, line())
      await approve(order.id)
      await api.post(`/store/dealer-orders/${order.id}/pay`, { method: "on_account" }, q.owner)
      const acc = await account(q.owner)
      const owed = acc.balances.outstanding
      expect(owed).toBe(order.total)
      expect(acc.overdue_amount).toBeCloseTo(owed, 2)
      const overdueList = await api.get("/admin/credit-accounts?overdue=true", f.staff)
      expect(overdueList.data.accounts.map((a: any) => a.dealer.id)).toContain(q.dealer.id)
      expect(overdueList.data.accounts.map((a: any) => a.dealer.id)).not.toContain(other.dealer.id)
      // The staff list sums all ledgers in SQL; its figures are the dealer's own.
      const row = overdueList.data.accounts.find((a: any) => a.dealer.id === q.dealer.id)
      expect([row.balances, row.overdue_amount]).toEqual([acc.balances, acc.overdue_amount])
      expect(row.oldest_due_at).toBe(acc.open_items.find((i: any) => i.overdue).due_at)
      const quiet = (await api.get("/admin/credit-accounts", f.staff)).data.accounts.find((a: any) => a.dealer.id === other.dealer.id)
      expect([quiet.overdue_amount, quiet.oldest_due_at]).toEqual([0, null])

      await api.post("/admin/credit-settings", { hold_orders_when_overdue: true }, f.staff)
      try {
        const held = await refused(submitOrder(api, f, q.owner, line()).then((o) => ({ status: 201, data: o })))
        expect([held.status, held.data.code]).toEqual([409, "overdue_debt"])
        const badRepay = await refused(api.post(`/admin/credit-accounts/${q.dealer.id}/repayments`, { amount: -1, reference: "x" }, f.staff))
        expect(badRepay.status).toBe(400)
        const wrongCurrency = await refused(api.post(`/admin/credit-accounts/${q.dealer.id}/repayments`, { amount: 1, currency_code: "usd", reference: "x" }, f.staff))
        expect(wrongCurrency.status).toBe(400)
        const countBefore = (await entries(q.dealer.id)).length
        const repaid = await api.post(`/admin/credit-accounts/${q.dealer.id}/repayments`, { amount: owed, reference: "招行流水 8899", paid_at: "2026-11-26" }, f.staff)
        expect(repaid.data.balances.outstanding).toBe(0)
        expect(repaid.data.overdue_amount).toBe(0)
        expect((await entries(q.dealer.id)).length).toBe(countBefore + 1)
        expect((await submitOrder(api, f, q.owner, line())).status).toBe("in_review")
      } finally {
        await api.post("/admin/credit-settings", { hold_orders_when_overdue: false }, f.staff)
      }

      const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7)
      const statement = (await api.get(`/store/credit/statement?month=${month}`, q.owner)).data.statement
      const ledger = await entries(q.dealer.id)
      expect(statement.lines.map((l: any) => [l.type, l.amount])).toEqual(ledger.map((e: any) => [e.type, Number(e.amount)]))
      expect(statement.opening).toEqual({ outstanding: 0, prepaid: 0 })
      expect(statement.closing.outstanding).toBe(0)
      expect(statement.lines.at(-1).outstanding_after).toBe(0)
      const csv = await api.get(`/store/credit/statement/csv?month=${month}`, { ...q.owner, responseType: "arraybuffer" })
      const text = Buffer.from(csv.data).toString("utf8")
      expect(text).toContain("对账单")
      expect(text).toContain("招行流水 8899")
      expect(text.trim().split("\r\n")).toHaveLength(ledger.length + 4)
      expect((await refused(api.get("/store/credit/statement?month=2026-13", q.owner))).status).toBe(400)
      const theirs = (await api.get(`/store/credit/statement?month=${month}`, other.owner)).data.statement
      expect(theirs.lines.every((l: any) => !ledger.some((e: any) => e.id === l.id))).toBe(true)
    })

    it("reminds the dealer of debt due soon, then overdue, once a day, and tells finance staff which accounts are overdue", async () => {
      const order = await submitOrder(api, f, p.owner, line(), { payment_method: "on_account" })
      await approve(order.id)
      await eventually(() => account(p.owner), (a) => a.balances.held > 0)
      await api.post(`/store/dealer-orders/${order.id}/pay`, { method: "on_account" }, p.owner)
      const [acc] = await credit().listCreditAccounts({ dealer_id: p.dealer.id })
      const notices = () => getContainer().resolve(Modules.NOTIFICATION).listNotifications({ trigger_type: "credit.due_notice" }, { take: null })
      const day = 86_400_000

      expect((await sendDueNotices(getContainer(), new Date(Date.now() + 10 * day))).dealers).toEqual([])
      const soon = await sendDueNotices(getContainer(), new Date(Date.now() + 28 * day))
      expect(soon.dealers).toEqual([{ dealer_id: p.dealer.id, kind: "due_soon", amount: order.total }])
      const soonSent = await notices()
      expect(soonSent.map((n: any) => [n.channel, n.to, n.resource_id]).sort()).toEqual(
        [["email", p.dealer.email, acc.id], ["sms", p.dealer.mobile, acc.id]].sort()
      )
      expect(soonSent[0].data.text).toContain("将于")

      const late = new Date(Date.now() + 31 * day)
      const overdue = await sendDueNotices(getContainer(), late)
      expect(overdue.dealers).toEqual([{ dealer_id: p.dealer.id, kind: "overdue", amount: order.total }])
      const afterOverdue = await notices()
      const staffMails = afterOverdue.filter((n: any) => n.template === "credit-overdue-summary")
      expect(staffMails.length).toBeGreaterThan(0)
      expect(staffMails[0].data.dealers).toEqual([{ dealer_id: p.dealer.id, kind: "overdue", amount: order.total }])
      expect(afterOverdue.filter((n: any) => n.template === "credit-overdue" && n.channel === "sms")[0].data.text).toContain("已逾期")

      await sendDueNotices(getContainer(), new Date(late.getTime() + 60_000))
      expect((await notices()).length).toBe(afterOverdue.length)
      expect(afterOverdue.some((n: any) => [other.dealer.email, q.dealer.email].includes(n.to))).toBe(false)
    })

    it("shows statements to owners and finance only, lets finance pay but not change addresses, and visitors nothing", async () => {
      const join = async (role: string) => {
        const email = `${role}${Date.now()}${Math.floor(Math.random() * 1e6)}@example.com`
        const invite = await api.post("/store/dealers/me/invitations", { email, role }, p.owner)
        const reg = (await api.post("/auth/customer/emailpass/register", { email, password: "member-pass-7" })).data.token
        await api.post("/store/dealer-invitations/accept", { token: invite.data.token }, f.store({ authorization: `Bearer ${reg}` }))
        return f.store({ authorization: `Bearer ${(await api.post("/auth/customer/emailpass", { email, password: "member-pass-7" })).data.token}` })
      }
      const buyer = await join("buyer")
      const finance = await join("finance")
      const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7)
      const denied = await refused(api.get(`/store/credit/statement?month=${month}`, buyer))
      expect([denied.status, denied.data.code]).toEqual([403, "statement_role"])
      expect((await api.get(`/store/credit/statement?month=${month}`, finance)).data.statement.company_name).toBe(p.dealer.company_name)
      const address = await refused(api.post("/store/dealers/me/addresses", { contact_name: "李", phone: "13900001111", province: "浙江省", city: "杭州市", district: "西湖区", address: "文三路 1 号" }, finance))
      expect([address.status, address.data.code]).toEqual([403, "role_cannot_edit_addresses"])
      const order = await submitOrder(api, f, p.owner, line())
      await approve(order.id)
      const paid = await api.post(`/store/dealer-orders/${order.id}/pay`, { method: "on_account" }, finance)
      expect(paid.data.order.status).toBe("paid")
      for (const path of ["/store/credit", "/store/credit/slips", `/store/credit/statement?month=${month}`]) {
        expect((await refused(api.get(path, f.store()))).status).toBe(401)
      }
      expect((await refused(api.post(`/store/dealer-orders/${order.id}/pay`, { method: "on_account" }, f.store()))).status).toBe(401)
    })

    it("changes the limit with a reason, writing a limit entry, and refuses bad adjustments without writing", async () => {
      const countBefore = (await entries(p.dealer.id)).length
      for (const body of [{ kind: "limit", credit_limit: -1, reason: "x" }, { kind: "limit", credit_limit: 500 }, { kind: "debt", amount: 0, reason: "x" }, { kind: "debt", amount: "abc", reason: "x" }]) {
        expect((await refused(api.post(`/admin/credit-accounts/${p.dealer.id}/adjustments`, body, f.staff))).status).toBe(400)
      }
      expect((await entries(p.dealer.id)).length).toBe(countBefore)
      const res = await api.post(`/admin/credit-accounts/${p.dealer.id}/adjustments`, { kind: "limit", credit_limit: 5000, payment_terms_days: 45, reason: "年度授信" }, f.staff)
      expect(res.data.account).toEqual(expect.objectContaining({ credit_limit: 5000, payment_terms_days: 45 }))
      const me = (await api.get("/store/dealers/me", p.owner)).data.dealer
      expect([me.credit_limit, me.payment_terms_days]).toEqual([5000, 45])
      const last = (await entries(p.dealer.id)).at(-1) as any
      expect([last.type, Number(last.amount), last.note, last.actor_type]).toEqual(["limit_change", 5000, "年度授信", "staff"])
      const debt = await api.post(`/admin/credit-accounts/${p.dealer.id}/adjustments`, { kind: "debt", amount: -10.5, reason: "运费补贴" }, f.staff)
      expect(debt.data.balances.outstanding).toBeCloseTo(res.data.balances.outstanding - 10.5, 2)
      const detail = await api.get(`/admin/credit-accounts/${p.dealer.id}`, f.staff)
      expect(detail.data.entries[0]).toEqual(expect.objectContaining({ type: "adjustment", amount: -10.5 }))
      for (const path of ["/admin/credit-accounts", `/admin/credit-accounts/${p.dealer.id}`, "/admin/payment-slips", "/admin/credit-settings"]) {
        expect((await refused(api.get(path, p.owner))).status).toBe(401)
      }
    })
  },
})
