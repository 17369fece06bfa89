import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DEALER_MODULE } from "../../src/modules/dealer"
import type DealerModuleService from "../../src/modules/dealer/service"
import { refused, wholesaleFixture } from "../helpers/wholesale"
import { submitOrder } from "../helpers/checkout"
import { pdfText } from "../helpers/pdf-text"

jest.setTimeout(400 * 1000)

// Written out here rather than imported from the layout, so the test checks what the PDF prints.
const money = (n: number) => `¥${Math.abs(n).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
const beijingMonth = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7)
const beijing = (iso: string) => new Date(+new Date(iso) + 8 * 3600_000).toISOString()
const beijingDay = (iso: string) => beijing(iso).slice(0, 10)
const beijingMinute = (iso: string) => beijing(iso).replace("T", " ").slice(0, 16)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let f: Awaited<ReturnType<typeof wholesaleFixture>>
    let p: any, other: any
    let v: { id: string; sku: string }
    const month = beijingMonth()
    const line = () => [{ variant_id: v.id, quantity: 1 }]
    const pdf = (path: string, auth: any) => refused(api.get(path, { ...auth, responseType: "arraybuffer" }))
    const json = (res: any) => JSON.parse(Buffer.from(res.data).toString("utf8"))

    /** An order of p's paid on account (hold, release, charge) and part of it repaid by transfer. */
    async function chargeAndRepay() {
      const order = await submitOrder(api, f, p.owner, line(), { payment_method: "on_account" })
      await api.post(`/admin/order-reviews/${order.id}/decisions`, { action: "approve" }, f.staff)
      // Approval holds credit in a subscriber, after the response: pay once the hold is on the ledger.
      for (const until = Date.now() + 15000; Date.now() < until; await new Promise((r) => setTimeout(r, 200))) {
        if ((await api.get("/store/credit", p.owner)).data.balances.held > 0) break
      }
      await api.post(`/store/dealer-orders/${order.id}/pay`, { method: "on_account" }, p.owner)
      const repaid = Math.round((order.total / 2) * 100) / 100
      await api.post(`/admin/credit-accounts/${p.dealer.id}/repayments`, { amount: repaid, reference: "招行流水 7788" }, f.staff)
      return order
    }

    beforeAll(async () => {
      f = await wholesaleFixture(api, getContainer())
      const tier = await f.createTier("对账单测试等级")
      p = await f.dealer(tier, true, { credit_limit: 5000, payment_terms_days: 30 })
      other = await f.dealer(tier, true, { credit_limit: 3000, payment_terms_days: 15 })
      // The fixture names every applicant alike; distinct names show whose statement a file is.
      const dealers = getContainer().resolve<DealerModuleService>(DEALER_MODULE)
      await dealers.updateDealers({ id: p.dealer.id, company_name: "杭州甲方五金有限公司" })
      await dealers.updateDealers({ id: other.dealer.id, company_name: "宁波乙方建材有限公司" })
      ;[v] = await f.plainVariants(1)
    })

    it("gives the dealer its month as an A4 PDF that says what the JSON statement says", async () => {
      const order = await chargeAndRepay()
      const statement = (await api.get(`/store/credit/statement?month=${month}`, p.owner)).data.statement
      expect(statement.lines.map((l: any) => l.type)).toEqual(["hold", "release", "charge", "repayment"])

      const res = await pdf(`/store/credit/statement/pdf?month=${month}`, p.owner)
      expect(res.status).toBe(200)
      expect(res.headers["content-type"]).toBe("application/pdf")
      expect(res.headers["content-disposition"]).toBe(`attachment; filename=statement-${month}.pdf`)
      const file = Buffer.from(res.data)
      expect(file.subarray(0, 5).toString()).toBe("%PDF-")
      expect(/\/MediaBox \[0 0 595\.28 841\.89\]/.test(file.toString("latin1"))).toBe(true)

      const text = pdfText(file)
      for (const expected of ["对账单", "杭州甲方五金有限公司", month, "信用额度", "¥5,000.00，账期 30 天", "期初余额", "期末余额", "未结账款", "生成时间"]) {
        expect(text).toContain(expected)
      }
      for (const l of statement.lines) {
        expect(text).toContain(beijingMinute(l.created_at))
        expect(text).toContain(money(l.amount))
        expect(text).toContain(money(l.outstanding_after))
      }
      expect(text).toContain(`#${order.display_id}`)
      expect(text).toContain("招行流水 7788")
      expect(text).toContain(money(statement.closing.outstanding))
      // The charge is still half open: it is listed with its due date.
      expect(statement.open_items).toHaveLength(1)
      expect(text).toContain(beijingDay(statement.open_items[0].due_at))
      expect(text).toContain(money(statement.open_items[0].open))
      expect(text).not.toContain("宁波乙方建材有限公司")
      expect(text).toMatch(/第\s*1\s*\/\s*1\s*页/)
    })

    it("lets finance download it, refuses buyers like the CSV does, and visitors and bad months", async () => {
      const join = async (role: string) => {
        const email = `${role}${Date.now()}${Math.floor(Math.random() * 1e6)}@example.com`
        const invite = await api.post("/store/dealers/me/invitations", { email, role }, p.owner)
        const reg = (await api.post("/auth/customer/emailpass/register", { email, password: "member-pass-7" })).data.token
        await api.post("/store/dealer-invitations/accept", { token: invite.data.token }, f.store({ authorization: `Bearer ${reg}` }))
        return f.store({ authorization: `Bearer ${(await api.post("/auth/customer/emailpass", { email, password: "member-pass-7" })).data.token}` })
      }
      const finance = await join("finance")
      const ok = await pdf(`/store/credit/statement/pdf?month=${month}`, finance)
      expect([ok.status, ok.headers["content-type"]]).toEqual([200, "application/pdf"])
      expect(pdfText(Buffer.from(ok.data))).toContain("杭州甲方五金有限公司")

      const buyer = await join("buyer")
      const csv = await pdf(`/store/credit/statement/csv?month=${month}`, buyer)
      const denied = await pdf(`/store/credit/statement/pdf?month=${month}`, buyer)
      expect([denied.status, json(denied).code]).toEqual([csv.status, json(csv).code])
      expect([denied.status, json(denied).code]).toEqual([403, "statement_role"])

      expect((await pdf(`/store/credit/statement/pdf?month=${month}`, f.store())).status).toBe(401)
      for (const bad of ["2026-13", "2026-5", "May"]) {
        const res = await pdf(`/store/credit/statement/pdf?month=${bad}`, p.owner)
        expect(res.status).toBe(400)
        expect(json(res).message).toContain("month must be YYYY-MM")
      }
    })

    it("never reaches another dealer's account: the store route serves the caller's, the admin route 404s unknown dealers", async () => {
      const order = await chargeAndRepay()
      // Asking for p's account by id changes nothing: the dealer comes from the session.
      const mine = await pdf(`/store/credit/statement/pdf?month=${month}&dealer_id=${p.dealer.id}`, other.owner)
      expect(mine.status).toBe(200)
      const text = pdfText(Buffer.from(mine.data))
      expect(text).toContain("宁波乙方建材有限公司")
      expect(text).toContain("¥3,000.00，账期 15 天")
      expect(text).not.toContain("杭州甲方五金有限公司")
      expect(text).not.toContain(`#${order.display_id}`)
      expect(text).toContain("本月明细（0 笔）")

      const staff = await pdf(`/admin/credit-accounts/${p.dealer.id}/statement/pdf?month=${month}`, f.staff)
      expect([staff.status, staff.headers["content-type"], staff.headers["content-disposition"]]).toEqual([200, "application/pdf", `attachment; filename=statement-${month}.pdf`])
      const staffText = pdfText(Buffer.from(staff.data))
      expect(staffText).toContain("杭州甲方五金有限公司")
      expect(staffText).toContain(`#${order.display_id}`)
      const closing = (await api.get(`/store/credit/statement?month=${month}`, p.owner)).data.statement.closing.outstanding
      expect(staffText).toContain(money(closing))

      const unknown = await pdf(`/admin/credit-accounts/dealer_01NOPE/statement/pdf?month=${month}`, f.staff)
      expect([unknown.status, json(unknown).code]).toEqual([404, "account_not_found"])
      const badMonth = await pdf(`/admin/credit-accounts/${p.dealer.id}/statement/pdf?month=2026-00`, f.staff)
      expect([badMonth.status, json(badMonth).message]).toEqual([400, expect.stringContaining("month must be YYYY-MM")])
      expect((await pdf(`/admin/credit-accounts/${p.dealer.id}/statement/pdf?month=${month}`, p.owner)).status).toBe(401)
    })

    it("answers 503 with a coded message in the caller's language when the server has no Chinese font", async () => {
      const saved = process.env.PDF_CJK_FONT
      process.env.PDF_CJK_FONT = "/nonexistent/NotoSansCJK-Regular.ttc"
      try {
        const zh = await pdf(`/store/credit/statement/pdf?month=${month}`, p.owner)
        expect([zh.status, json(zh).code]).toEqual([503, "pdf_font_missing"])
        expect(json(zh).message).toContain("中文字体")
        const en = await pdf(`/store/credit/statement/pdf?month=${month}`, { headers: { ...p.owner.headers, "accept-language": "en" } })
        expect([en.status, json(en).code]).toEqual([503, "pdf_font_missing"])
        expect(json(en).message).toContain("no Chinese font")
        const staff = await pdf(`/admin/credit-accounts/${p.dealer.id}/statement/pdf?month=${month}`, f.staff)
        expect(staff.status).toBe(503)
      } finally {
        if (saved === undefined) delete process.env.PDF_CJK_FONT
        else process.env.PDF_CJK_FONT = saved
      }
      expect((await pdf(`/store/credit/statement/pdf?month=${month}`, p.owner)).status).toBe(200)
    })
  },
})
