import fs from "fs"
import os from "os"
import path from "path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import { DEALER_MODULE } from "../../src/modules/dealer"
import { STOREFRONT_KEY_TITLE } from "../../src/scripts/seed/store-setup"
import { demoProducts } from "../../src/scripts/demo/products"
import { demoRule } from "../../src/scripts/demo/wholesale"
import { MAX_CODES_PER_IP_PER_HOUR } from "../../src/api/store/sms-codes/ip-limit"
import { customerToken, registrationToken, staffHeaders } from "../helpers/auth"
import { applicationFields, applicationForm, PDF, PNG, validUscc } from "../helpers/dealer-application"

jest.setTimeout(180 * 1000)

// Read by medusa-config when the app loads: private files must land here, never in static/.
const PRIVATE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "dealer-private-"))
process.env.PRIVATE_UPLOAD_DIR = PRIVATE_DIR

const PASSWORD = "dealer-pass-1"

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let key: string
    let store: (extra?: Record<string, string>) => { headers: Record<string, string> }
    let staff: { headers: Record<string, string> }
    let staffUserId: string
    let tierId: string

    const dealers = () => getContainer().resolve(DEALER_MODULE)
    const refused = (p: Promise<any>) => p.then((r) => r, (e) => e.response)

    async function apply(fields = applicationFields(), file: any = { data: PDF, name: "营业执照.pdf" }, extra = {}) {
      const token = await registrationToken(api, fields.email, PASSWORD)
      const res = await refused(
        api.post("/store/dealer-applications", applicationForm(fields, file), store({ authorization: `Bearer ${token}`, ...extra }))
      )
      return { res, fields }
    }

    async function applied() {
      const { res, fields } = await apply()
      expect(res.status).toBe(201)
      const token = await customerToken(api, fields.email, PASSWORD)
      return { dealer: res.data.dealer, fields, auth: store({ authorization: `Bearer ${token}` }) }
    }

    const decide = (id: string, action: string, body: object) =>
      refused(api.post(`/admin/dealers/${id}/${action}`, body, staff))

    beforeAll(async () => {
      const container = getContainer()
      await seed({ container, args: [] } as any)
      const [apiKey] = await container.resolve(Modules.API_KEY).listApiKeys({ title: STOREFRONT_KEY_TITLE })
      key = apiKey.token
      store = (extra = {}) => ({ headers: { "x-publishable-api-key": key, ...extra } })
      const s = await staffHeaders(container, api)
      staff = { headers: s.headers }
      staffUserId = s.user.id
      const group = await container.resolve(Modules.CUSTOMER).createCustomerGroups({ name: "测试等级" })
      tierId = group.id
    })

    describe("application", () => {
      it("creates a pending dealer, its owner login and a private licence", async () => {
        const fields = applicationFields({ uscc: " 9144 0300-71526726xg ", mobile: "+86 138 0013 8000" })
        const { res } = await apply(fields)
        expect(res.data.dealer.license_file_name).toBe("营业执照.pdf")
        expect(res.status).toBe(201)
        expect(res.data.dealer).toEqual(
          expect.objectContaining({
            company_name: fields.company_name,
            uscc: "9144030071526726XG",
            uscc_checksum_ok: true,
            mobile: "13800138000",
            status: "pending",
            license_mime: "application/pdf",
          })
        )
        expect(res.data.dealer.license_file_id).toBeUndefined()

        const [dealer] = await dealers().listDealers({ id: res.data.dealer.id }, { relations: ["members", "events"] })
        expect(dealer.members).toEqual([expect.objectContaining({ role: "owner" })])
        expect(dealer.events.map((e: any) => e.action)).toEqual(["applied"])
        const [customer] = await getContainer().resolve(Modules.CUSTOMER).listCustomers({ id: dealer.members[0].customer_id })
        expect(customer).toEqual(expect.objectContaining({ email: fields.email, has_account: true, company_name: fields.company_name }))

        const stored = fs.readdirSync(PRIVATE_DIR).filter((f) => f.includes(dealer.license_file_id.replace(/^private-/, "")) || f === dealer.license_file_id)
        expect(stored).toHaveLength(1)
        expect(fs.readFileSync(path.join(PRIVATE_DIR, stored[0]))).toEqual(PDF)
      })

      it("accepts a code that fails only its check character, flagged for the reviewer", async () => {
        const { res } = await apply(applicationFields({ uscc: "9144030071526726XA" }))
        expect(res.status).toBe(201)
        expect(res.data.dealer.uscc_checksum_ok).toBe(false)
      })

      it("refuses each kind of bad input with a field, a code and a message in the caller's language", async () => {
        const before = (await dealers().listDealers({})).length
        const cases: [Record<string, string>, any, string, string, RegExp][] = [
          [{ uscc: "91440300715267" }, undefined, "uscc", "uscc_malformed", /统一社会信用代码/],
          [{ uscc: "9144030071526726ZG" }, undefined, "uscc", "uscc_malformed", /统一社会信用代码/],
          [{ mobile: "12345678901" }, undefined, "mobile", "mobile_invalid", /手机号/],
          [{ email: "not-an-email" }, undefined, "email", "email_invalid", /邮箱/],
          [{ company_name: "" }, undefined, "company_name", "required", /企业名称/],
          [{}, null, "license", "license_missing", /营业执照/],
          [{}, { data: Buffer.from("MZ this is not an image"), name: "license.png", type: "image/png" }, "license", "license_type", /JPG、PNG 或 PDF/],
          [{}, { data: Buffer.alloc(5 * 1024 * 1024 + 1, 0x25), name: "big.pdf" }, "license", "license_too_large", /5 MB/],
        ]
        for (const [overrides, file, field, code, message] of cases) {
          const { res } = await apply(applicationFields(overrides), file === undefined ? { data: PNG, name: "l.png" } : file)
          expect({ field, status: res.status, body: res.data }).toEqual({
            field,
            status: 400,
            body: expect.objectContaining({ field, code, message: expect.stringMatching(message) }),
          })
        }
        const { res: english } = await apply(applicationFields({ mobile: "123" }), { data: PNG, name: "l.png" }, { "accept-language": "en-US,en" })
        expect(english.data.message).toBe("Enter a valid mainland China mobile number")
        expect((await dealers().listDealers({})).length).toBe(before)
      })

      it("refuses a second application for the same USCC, also when two race", async () => {
        const uscc = validUscc()
        const first = await apply(applicationFields({ uscc }))
        expect(first.res.status).toBe(201)
        const again = await apply(applicationFields({ uscc }))
        expect(again.res.status).toBe(409)
        expect(again.res.data).toEqual(expect.objectContaining({ code: "uscc_taken", message: expect.stringContaining("统一社会信用代码") }))

        const racing = validUscc()
        const results = await Promise.all([apply(applicationFields({ uscc: racing })), apply(applicationFields({ uscc: racing }))])
        expect(results.map((r) => [r.res.status, r.res.data.code ?? null]).sort()).toEqual([[201, null], [409, "uscc_taken"]])
        expect(await dealers().listDealers({ uscc: racing })).toHaveLength(1)
        // The database itself refuses a second live row, whatever the timing of the checks above.
        const [winner] = await dealers().listDealers({ uscc: racing })
        const { id: _id, created_at: _c, updated_at: _u, deleted_at: _d, ...copy } = winner as any
        await expect(dealers().createDealers({ ...copy, uscc: racing })).rejects.toThrow(/already exists/)
        // The loser's login did not become a half-made customer.
        const loser = results.find((r) => r.res.status === 409)!
        expect(await getContainer().resolve(Modules.CUSTOMER).listCustomers({ email: loser.fields.email })).toHaveLength(0)
      })

      it("refuses an application without a registration token", async () => {
        const res = await refused(api.post("/store/dealer-applications", applicationForm(applicationFields(), { data: PDF, name: "a.pdf" }), store()))
        expect(res.status).toBe(401)
      })
    })

    describe("licence privacy", () => {
      it("serves the licence to staff only, never from /static", async () => {
        const { dealer, auth } = await applied()
        const [row] = await dealers().listDealers({ id: dealer.id })
        expect((await refused(api.get(`/static/${row.license_file_id}`))).status).toBe(404)
        expect(fs.existsSync(path.join(process.cwd(), "static", row.license_file_id))).toBe(false)
        expect((await refused(api.get(`/admin/dealers/${dealer.id}/license`))).status).toBe(401)
        expect((await refused(api.get(`/admin/dealers/${dealer.id}/license`, auth))).status).toBe(401)
        const ok = await api.get(`/admin/dealers/${dealer.id}/license`, { ...staff, responseType: "arraybuffer" })
        expect(ok.headers["content-type"]).toBe("application/pdf")
        expect(Buffer.from(ok.data)).toEqual(PDF)
      })
    })

    describe("review", () => {
      it("walks request-info → resubmit → approve → suspend → reinstate, recording who and why", async () => {
        const { dealer, auth } = await applied()
        const info = await decide(dealer.id, "request-info", { message: "请上传清晰的营业执照" })
        expect(info.data.dealer).toEqual(expect.objectContaining({ status: "info_requested", review_note: "请上传清晰的营业执照", reviewed_by: staffUserId }))

        const me = await api.get("/store/dealers/me", auth)
        expect(me.data.dealer.status).toBe("info_requested")
        expect(me.data.events[0]).toEqual(expect.objectContaining({ action: "info_requested", note: "请上传清晰的营业执照" }))
        expect(me.data.member).toEqual({ role: "owner" })

        const resubmit = await api.post("/store/dealers/me/resubmit", applicationForm({ address: "张江路 99 号" }, { data: PNG, name: "new.png" }), auth)
        expect(resubmit.data.dealer).toEqual(expect.objectContaining({ status: "pending", address: "张江路 99 号", license_mime: "image/png" }))

        const approve = await decide(dealer.id, "approve", { customer_group_id: tierId, credit_limit: 50000, payment_terms_days: 30 })
        expect(approve.data.dealer).toEqual(expect.objectContaining({ status: "approved", tier_group_id: tierId, payment_terms_days: 30 }))
        expect(Number(approve.data.dealer.credit_limit)).toBe(50000)
        const [member] = await dealers().listDealerMembers({ dealer_id: dealer.id })
        const groups = await getContainer().resolve(Modules.CUSTOMER).listCustomerGroups({ customers: { id: member.customer_id } } as any)
        expect(groups.map((g: any) => g.id)).toEqual([tierId])

        expect((await decide(dealer.id, "suspend", { reason: "逾期未付款" })).data.dealer.status).toBe("suspended")
        expect((await decide(dealer.id, "reinstate", {})).data.dealer.status).toBe("approved")

        const detail = await api.get(`/admin/dealers/${dealer.id}`, staff)
        expect(detail.data.dealer.events.map((e: any) => e.action)).toEqual([
          "reinstated", "suspended", "approved", "resubmitted", "info_requested", "applied",
        ])
        expect(detail.data.dealer.events.find((e: any) => e.action === "suspended")).toEqual(
          expect.objectContaining({ actor_type: "staff", actor_id: staffUserId, actor_name: "张审核", note: "逾期未付款" })
        )
        expect(detail.data.dealer.tier).toEqual({ id: tierId, name: "测试等级" })
        expect((await api.get("/store/dealers/me", auth)).data.dealer.tier).toEqual({ id: tierId, name: "测试等级" })
        expect(detail.data.dealer.members).toEqual([expect.objectContaining({ role: "owner", email: dealer.email })])
      })

      it("refuses illegal moves with 409 naming the status, and missing reasons with 400", async () => {
        const { dealer } = await applied()
        expect((await decide(dealer.id, "suspend", { reason: "x" })).data).toEqual(
          expect.objectContaining({ code: "illegal_transition", message: expect.stringContaining("待审核") })
        )
        expect((await decide(dealer.id, "reject", {})).status).toBe(400)
        expect((await decide(dealer.id, "reject", { reason: "资料不实" })).data.dealer.status).toBe("rejected")
        const again = await decide(dealer.id, "approve", { customer_group_id: tierId, credit_limit: 1, payment_terms_days: 1 })
        expect(again.status).toBe(409)
        const unknownTier = await decide(dealer.id, "approve", { customer_group_id: "cusgroup_nope", credit_limit: 1, payment_terms_days: 1 })
        expect([unknownTier.status, unknownTier.data.code]).toEqual([400, "tier_unknown"])
        expect((await decide("dlr_missing", "reject", { reason: "x" })).status).toBe(404)
        expect((await decide(dealer.id, "explode", {})).status).toBe(404)
        const [row] = await dealers().listDealers({ id: dealer.id })
        expect(row.status).toBe("rejected")
      })

      it("lets exactly one of two concurrent decisions win", async () => {
        const { dealer } = await applied()
        const results = await Promise.all([
          decide(dealer.id, "approve", { customer_group_id: tierId, credit_limit: 1000, payment_terms_days: 15 }),
          decide(dealer.id, "reject", { reason: "并发测试" }),
        ])
        expect(results.map((r) => r.status).sort()).toEqual([200, 409])
        const [row] = await dealers().listDealers({ id: dealer.id }, { relations: ["events"] })
        expect(row.events.filter((e: any) => ["approved", "rejected"].includes(e.action))).toHaveLength(1)
      })

      it("notifies the applicant by e-mail and SMS, in Chinese", async () => {
        const { dealer } = await applied()
        await decide(dealer.id, "reject", { reason: "营业执照已过期" })
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        let sent: any[] = []
        for (let i = 0; i < 20 && sent.length < 2; i++) {
          sent = await notifications.listNotifications({ resource_id: dealer.id })
          if (sent.length < 2) await new Promise((r) => setTimeout(r, 250))
        }
        expect(sent.map((n: any) => [n.channel, n.to, n.template]).sort()).toEqual([
          ["email", dealer.email, "dealer-rejected"],
          ["sms", dealer.mobile, "dealer-rejected"],
        ])
        expect(sent[0].data.text).toContain("营业执照已过期")
      })

      it("lists the queue by status and finds dealers by name, USCC, phone and e-mail", async () => {
        const { dealer } = await applied()
        const pending = await api.get("/admin/dealers?status=pending&limit=100", staff)
        expect(pending.data.dealers.every((d: any) => d.status === "pending")).toBe(true)
        expect(pending.data.dealers.map((d: any) => d.id)).toContain(dealer.id)
        for (const q of [dealer.uscc, dealer.mobile, dealer.email, "禾丰"]) {
          const found = await api.get(`/admin/dealers?q=${encodeURIComponent(q)}&limit=100`, staff)
          expect(found.data.dealers.map((d: any) => d.id)).toContain(dealer.id)
        }
        expect((await refused(api.get("/admin/dealers?status=bogus", staff))).status).toBe(400)
      })
    })

    describe("SMS code sign-in", () => {
      const sendCode = (phone: string, extra = {}) => refused(api.post("/store/sms-codes", { phone }, store(extra)))
      const lastCode = async (phone: string) => {
        const sent = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: phone, template: "login-code" }, { order: { created_at: "DESC" } })
        return sent[0]?.data?.code as string | undefined
      }
      const signIn = (phone: string, code: string) => refused(api.post("/auth/customer/phone-otp", { phone, code }))

      it("signs the dealer in as the same customer as its e-mail login", async () => {
        const mobile = "13912340001"
        const { dealer, auth } = await (async () => {
          const { res, fields } = await apply(applicationFields({ mobile }))
          const token = await customerToken(api, fields.email, PASSWORD)
          return { dealer: res.data.dealer, auth: store({ authorization: `Bearer ${token}` }) }
        })()
        const sent = await sendCode("+86 139 1234 0001")
        expect([sent.status, sent.data]).toEqual([202, { sent: true, resend_after: 60 }])
        const code = await lastCode(mobile)
        expect(code).toMatch(/^\d{6}$/)
        const login = await signIn(mobile, code!)
        expect(login.status).toBe(200)
        const viaSms = store({ authorization: `Bearer ${login.data.token}` })
        expect((await api.get("/store/dealers/me", viaSms)).data.dealer.id).toBe(dealer.id)
        expect((await api.get("/store/dealers/me", auth)).data.dealer.id).toBe(dealer.id)
        expect((await signIn(mobile, code!)).status).toBe(401)
      })

      it("limits sends per phone, locks after five wrong codes, and reveals nothing about unknown numbers", async () => {
        const mobile = "13912340002"
        await apply(applicationFields({ mobile }))
        expect((await sendCode(mobile)).status).toBe(202)
        const again = await sendCode(mobile, { "accept-language": "en" })
        expect(again.status).toBe(429)
        expect(again.data).toEqual(expect.objectContaining({ code: "too_soon", message: expect.stringMatching(/^Please wait \d+ seconds/) }))
        const code = (await lastCode(mobile))!
        const wrong = code === "000000" ? "111111" : "000000"
        for (let i = 0; i < 5; i++) expect((await signIn(mobile, wrong)).status).toBe(401)
        const locked = await signIn(mobile, code)
        expect(locked.status).toBe(401)
        expect(locked.data.message).toMatch(/Too many wrong codes/)

        const unknown = await sendCode("13700000000")
        expect([unknown.status, unknown.data]).toEqual([202, { sent: true, resend_after: 60 }])
        expect(await lastCode("13700000000")).toBeUndefined()
        expect((await sendCode("12345")).data).toEqual(expect.objectContaining({ code: "mobile_invalid", field: "phone" }))
      })

      it("expires codes after five minutes", async () => {
        const mobile = "13912340003"
        await apply(applicationFields({ mobile }))
        await sendCode(mobile)
        const code = (await lastCode(mobile))!
        const realNow = Date.now
        Date.now = () => realNow() + 5 * 60 * 1000 + 1000
        try {
          const late = await signIn(mobile, code)
          expect([late.status, late.data.message]).toEqual([401, "Code expired"])
        } finally {
          Date.now = realNow
        }
      })

      it("limits code requests per client address", async () => {
        const cache = getContainer().resolve(Modules.CACHE)
        const keys: string[] = []
        // Fill this client's hourly allowance, then one more request is refused.
        for (const ip of ["::ffff:127.0.0.1", "127.0.0.1", "::1"]) {
          keys.push(`dealermall:sms-ip:${ip}`)
          await cache.set(`dealermall:sms-ip:${ip}`, MAX_CODES_PER_IP_PER_HOUR, 3600)
        }
        const res = await sendCode("13912349999")
        expect([res.status, res.data.code]).toEqual([429, "ip_limit"])
        for (const k of keys) await cache.invalidate(k)
        expect((await sendCode("13912349999")).status).toBe(202)
      })
    })

    describe("access and gating", () => {
      const pricedList = (auth: any) =>
        api.get("/store/regions", auth).then(({ data }) =>
          api.get(`/store/products?limit=3&region_id=${data.regions[0].id}&fields=*variants.calculated_price`, auth)
        )
      const inStock = demoProducts.flatMap((p) => (p.status === "draft" ? [] : p.variants)).find((v) => v.stock >= 10 && !demoRule(v.sku))!
      const cartWithItem = async (auth: any) => {
        const { data } = await api.get(`/store/products?q=${inStock.sku}&fields=*variants`, auth)
        const variant = data.products[0].variants.find((v: any) => v.sku === inStock.sku)
        return refused(api.post("/store/carts", { items: [{ variant_id: variant.id, quantity: 1 }] }, auth))
      }

      it("hides prices and ordering from pending and suspended dealers, shows them to approved ones", async () => {
        const visitor = await cartWithItem(store())
        expect([visitor.status, visitor.data.code]).toEqual([403, "dealer_not_approved"])
        const emptyCart = await api.post("/store/carts", {}, store())
        const visitorAdd = await refused(
          api.post(`/store/carts/${emptyCart.data.cart.id}/line-items`, { variant_id: "variant_x", quantity: 1 }, store())
        )
        expect([visitorAdd.status, visitorAdd.data.code]).toEqual([403, "dealer_not_approved"])

        const { dealer, auth } = await applied()
        const hidden = await pricedList(auth)
        expect(hidden.data.products[0].variants[0].calculated_price).toBeUndefined()
        const blocked = await cartWithItem(auth)
        expect(blocked.status).toBe(403)
        expect(blocked.data).toEqual(expect.objectContaining({ code: "dealer_not_approved", message: "经销商资质审核通过后才能下单" }))

        await decide(dealer.id, "approve", { customer_group_id: tierId, credit_limit: 0, payment_terms_days: 0 })
        const shown = await pricedList(auth)
        expect(shown.data.products[0].variants[0].calculated_price.calculated_amount).toBeGreaterThan(0)
        const cart = await cartWithItem(auth)
        expect(cart.status).toBe(200)
        expect(cart.data.cart.items).toHaveLength(1)

        await decide(dealer.id, "suspend", { reason: "暂停合作" })
        expect((await pricedList(auth)).data.products[0].variants[0].calculated_price).toBeUndefined()
        const add = await refused(
          api.post(`/store/carts/${cart.data.cart.id}/line-items`, { variant_id: cart.data.cart.items[0].variant_id, quantity: 1 }, auth)
        )
        expect(add.status).toBe(403)
        expect((await refused(api.post(`/store/carts/${cart.data.cart.id}/complete`, {}, auth))).status).toBe(403)
        const open = await api.get(`/store/carts/${cart.data.cart.id}`, auth)
        expect(JSON.stringify(open.data)).not.toMatch(/"unit_price"|"calculated_price"/)
      })

      it("refuses dealer and visitor tokens on staff routes, and answers /store/dealers/me only for the caller", async () => {
        const a = await applied()
        const b = await applied()
        for (const auth of [a.auth, store()]) {
          expect((await refused(api.get("/admin/dealers", auth))).status).toBe(401)
          expect((await refused(api.get(`/admin/dealers/${b.dealer.id}`, auth))).status).toBe(401)
          expect((await refused(api.post(`/admin/dealers/${b.dealer.id}/approve`, { customer_group_id: tierId, credit_limit: 1, payment_terms_days: 1 }, auth))).status).toBe(401)
        }
        expect((await api.get("/store/dealers/me", a.auth)).data.dealer.id).toBe(a.dealer.id)
        expect((await api.get("/store/dealers/me", b.auth)).data.dealer.id).toBe(b.dealer.id)
        expect((await refused(api.get("/store/dealers/me", store()))).status).toBe(401)
        const [bRow] = await dealers().listDealers({ id: b.dealer.id })
        expect(bRow.status).toBe("pending")
      })

      it("lets only the owner resubmit, and only while information is requested", async () => {
        const { dealer, auth } = await applied()
        const early = await refused(api.post("/store/dealers/me/resubmit", applicationForm({ address: "x 路" }, null), auth))
        expect(early.status).toBe(409)
        expect(early.data.code).toBe("illegal_transition")
        await decide(dealer.id, "request-info", { message: "补充" })
        const bad = await refused(api.post("/store/dealers/me/resubmit", applicationForm({ mobile: "999" }, null), auth))
        expect(bad.status).toBe(400)
        expect(bad.data.field).toBe("mobile")
      })
    })
  },
})
