import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import { DEALER_MODULE } from "../../src/modules/dealer"
import { STOREFRONT_KEY_TITLE } from "../../src/scripts/seed/store-setup"
import { demoProducts } from "../../src/scripts/demo/products"
import { demoRule } from "../../src/scripts/demo/wholesale"
import { customerToken, registrationToken, staffHeaders } from "../helpers/auth"
import { applicationFields, applicationForm, PDF } from "../helpers/dealer-application"

jest.setTimeout(180 * 1000)

const PASSWORD = "member-pass-1"

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: (extra?: Record<string, string>) => { headers: Record<string, string> }
    let staff: { headers: Record<string, string> }
    let tierId: string
    const refused = (p: Promise<any>) => p.then((r) => r, (e) => e.response)
    const dealers = () => getContainer().resolve(DEALER_MODULE)
    const unique = () => `${Date.now()}${Math.floor(Math.random() * 1e6)}`

    beforeAll(async () => {
      const container = getContainer()
      await seed({ container, args: [] } as any)
      const [apiKey] = await container.resolve(Modules.API_KEY).listApiKeys({ title: STOREFRONT_KEY_TITLE })
      store = (extra = {}) => ({ headers: { "x-publishable-api-key": apiKey.token, ...extra } })
      staff = { headers: (await staffHeaders(container, api)).headers }
      tierId = (await container.resolve(Modules.CUSTOMER).createCustomerGroups({ name: "成员测试等级" })).id
    })

    /** An approved dealer with its owner signed in. */
    async function approvedDealer() {
      const fields = applicationFields({ mobile: `139${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}` })
      const reg = await registrationToken(api, fields.email, PASSWORD)
      const { data } = await api.post("/store/dealer-applications", applicationForm(fields, { data: PDF, name: "l.pdf" }), store({ authorization: `Bearer ${reg}` }))
      await api.post(`/admin/dealers/${data.dealer.id}/approve`, { customer_group_id: tierId, credit_limit: 1000, payment_terms_days: 30 }, staff)
      const owner = store({ authorization: `Bearer ${await customerToken(api, fields.email, PASSWORD)}` })
      return { dealer: data.dealer, owner }
    }

    /** Invites a new login with a role and accepts as it; returns the member's auth headers and id. */
    async function join(owner: any, role: string) {
      const email = `member${unique()}@example.com`
      const invite = await api.post("/store/dealers/me/invitations", { email, role }, owner)
      const reg = await registrationToken(api, email, PASSWORD)
      const accepted = await api.post("/store/dealer-invitations/accept", { token: invite.data.token, first_name: "小李" }, store({ authorization: `Bearer ${reg}` }))
      const auth = store({ authorization: `Bearer ${await customerToken(api, email, PASSWORD)}` })
      return { auth, memberId: accepted.data.member.id as string, email, token: invite.data.token as string }
    }

    it("invites by e-mail, sends the link, and the invitee joins with the role and the tier's prices", async () => {
      const { dealer, owner } = await approvedDealer()
      const email = `buyer${unique()}@example.com`
      const invite = await api.post("/store/dealers/me/invitations", { email, role: "buyer" }, owner)
      expect(invite.status).toBe(201)
      expect(invite.data.invitation).toEqual(expect.objectContaining({ email, role: "buyer", accepted_at: null }))
      expect(invite.data.invitation.token_hash).toBeUndefined()
      expect(invite.data.accept_url).toBe(`http://localhost:8000/invite/${invite.data.token}`)
      const [sent] = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: email })
      expect(sent).toEqual(expect.objectContaining({ channel: "email", template: "dealer-invitation" }))
      expect(sent.data!.text).toContain(dealer.company_name)

      const reg = await registrationToken(api, email, PASSWORD)
      const accepted = await api.post("/store/dealer-invitations/accept", { token: invite.data.token, first_name: "小李" }, store({ authorization: `Bearer ${reg}` }))
      expect(accepted.status).toBe(201)
      expect(accepted.data.member).toEqual(expect.objectContaining({ role: "buyer", dealer_id: dealer.id }))

      const buyer = store({ authorization: `Bearer ${await customerToken(api, email, PASSWORD)}` })
      const me = await api.get("/store/dealers/me", buyer)
      expect([me.data.dealer.id, me.data.member.role]).toEqual([dealer.id, "buyer"])
      const [member] = await dealers().listDealerMembers({ id: accepted.data.member.id })
      const groups = await getContainer().resolve(Modules.CUSTOMER).listCustomerGroups({ customers: { id: member.customer_id } } as any)
      expect(groups.map((g: any) => g.id)).toEqual([tierId])

      const list = await api.get("/store/dealers/me/members", owner)
      expect(list.data.members.map((m: any) => [m.role, m.email]).sort()).toEqual([["buyer", email], ["owner", dealer.email]].sort())
      expect(list.data.invitations).toEqual([])
      expect((await refused(api.post("/store/dealer-invitations/accept", { token: invite.data.token }, store({ authorization: `Bearer ${reg}` })))).status).toBe(404)
    })

    it("lets only the owner manage members, never the last owner away, and finance may not order", async () => {
      const { owner } = await approvedDealer()
      const finance = await join(owner, "finance")
      expect((await refused(api.post("/store/dealers/me/invitations", { email: "x@example.com", role: "buyer" }, finance.auth))).data.code).toBe("owner_only")
      expect((await refused(api.delete(`/store/dealers/me/members/${finance.memberId}`, finance.auth))).status).toBe(403)

      const sku = demoProducts.flatMap((p) => p.variants).find((v) => v.stock >= 10 && !demoRule(v.sku))!.sku
      const { data } = await api.get(`/store/products?q=${sku}&fields=*variants`, finance.auth)
      const variantId = data.products[0].variants.find((v: any) => v.sku === sku).id
      const blocked = await refused(api.post("/store/carts", { items: [{ variant_id: variantId, quantity: 1 }] }, finance.auth))
      expect([blocked.status, blocked.data.code]).toEqual([403, "role_not_allowed"])

      const mine = (await api.get("/store/dealers/me/members", owner)).data.members
      const ownerMember = mine.find((m: any) => m.role === "owner")
      const last = await refused(api.post(`/store/dealers/me/members/${ownerMember.id}`, { role: "buyer" }, owner))
      expect([last.status, last.data.code]).toEqual([409, "last_owner"])

      expect((await api.post(`/store/dealers/me/members/${finance.memberId}`, { role: "buyer" }, owner)).data.member.role).toBe("buyer")
      const cart = await refused(api.post("/store/carts", { items: [{ variant_id: variantId, quantity: 1 }] }, finance.auth))
      expect(cart.status).toBe(200)

      expect((await api.delete(`/store/dealers/me/members/${finance.memberId}`, owner)).data).toEqual({ id: finance.memberId, deleted: true })
      expect((await refused(api.get("/store/dealers/me", finance.auth))).status).toBe(404)
      const removed = await dealers().listDealerMembers({ id: finance.memberId }, { withDeleted: true })
      const groups = await getContainer().resolve(Modules.CUSTOMER).listCustomerGroups({ customers: { id: removed[0].customer_id } } as any)
      expect(groups).toEqual([])
    })

    it("refuses one dealer's owner on another dealer's members and invitations", async () => {
      const a = await approvedDealer()
      const b = await approvedDealer()
      const bBuyer = await join(b.owner, "buyer")
      const bInvite = await api.post("/store/dealers/me/invitations", { phone: "13900001111", role: "finance" }, b.owner)
      expect((await refused(api.post(`/store/dealers/me/members/${bBuyer.memberId}`, { role: "owner" }, a.owner))).status).toBe(404)
      expect((await refused(api.delete(`/store/dealers/me/members/${bBuyer.memberId}`, a.owner))).status).toBe(404)
      expect((await refused(api.delete(`/store/dealers/me/invitations/${bInvite.data.invitation.id}`, a.owner))).status).toBe(404)
      const aList = await api.get("/store/dealers/me/members", a.owner)
      expect(aList.data.members.map((m: any) => m.id)).not.toContain(bBuyer.memberId)
      expect(aList.data.invitations.map((i: any) => i.id)).not.toContain(bInvite.data.invitation.id)
      const [still] = await dealers().listDealerMembers({ id: bBuyer.memberId })
      expect(still.role).toBe("buyer")
      expect((await api.delete(`/store/dealers/me/invitations/${bInvite.data.invitation.id}`, b.owner)).data.revoked).toBe(true)
    })

    it("refuses expired, revoked and reused invitations, and a login that already belongs to a dealer", async () => {
      const { owner } = await approvedDealer()
      const other = await approvedDealer()
      const email = `late${unique()}@example.com`
      const invite = await api.post("/store/dealers/me/invitations", { email, role: "buyer" }, owner)
      await dealers().updateDealerInvitations({ id: invite.data.invitation.id, expires_at: new Date(Date.now() - 1000) })
      const reg = await registrationToken(api, email, PASSWORD)
      const expired = await refused(api.post("/store/dealer-invitations/accept", { token: invite.data.token }, store({ authorization: `Bearer ${reg}` })))
      expect([expired.status, expired.data.code]).toEqual([409, "invitation_expired"])
      expect(await getContainer().resolve(Modules.CUSTOMER).listCustomers({ email })).toHaveLength(0)

      const revoked = await api.post("/store/dealers/me/invitations", { email, role: "buyer" }, owner)
      await api.delete(`/store/dealers/me/invitations/${revoked.data.invitation.id}`, owner)
      expect((await refused(api.post("/store/dealer-invitations/accept", { token: revoked.data.token }, store({ authorization: `Bearer ${reg}` })))).data.code).toBe("invitation_invalid")

      const fresh = await api.post("/store/dealers/me/invitations", { email: "someone@example.com", role: "buyer" }, owner)
      const taken = await refused(api.post("/store/dealer-invitations/accept", { token: fresh.data.token }, other.owner))
      expect([taken.status, taken.data.code]).toEqual([409, "already_dealer"])
      expect((await refused(api.post("/store/dealers/me/invitations", { role: "buyer" }, owner))).data.code).toBe("invitation_target")
    })
  },
})
