import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { eventually } from "../helpers/eventually"
import { CREDIT_MODULE } from "../../src/modules/credit"
import { STATUS_FIELDS, withStatusFacts } from "../../src/workflows/order-review/lib/order-status-facts"
import { startFakeStripe, type FakeStripe } from "../helpers/fake-stripe"
import { refused, wholesaleFixture } from "../helpers/wholesale"
import { submitOrder } from "../helpers/checkout"
import { PNG } from "../helpers/dealer-application"

// Read by medusa-config when the runner boots the app: Stripe is configured (card offered), pointed at the fake.
const WEBHOOK_SECRET = "whsec_dealermall_test"
process.env.STRIPE_API_KEY = "sk_test_dealermall"
process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET

jest.setTimeout(400 * 1000)

let stripe: FakeStripe
// Before the runner's own beforeAll (it is declared first): the fake's port goes into the provider's options.
beforeAll(async () => {
  stripe = await startFakeStripe(WEBHOOK_SECRET)
  process.env.STRIPE_API_HOST = stripe.host
})
afterAll(async () => stripe?.close())

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))


// Core's webhook route queues the event with a 5 s delay (the payment module's webhook_delay): long enough for it to run.
const WEBHOOK_SETTLED_MS = 8000

medusaIntegrationTestRunner({
  inApp: true,
  env: { STRIPE_API_KEY: "sk_test_dealermall", STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET },
  testSuite: ({ api, getContainer }) => {
    let f: Awaited<ReturnType<typeof wholesaleFixture>>
    let tier: any
    let d: any, rich: any, other: any
    let v: { id: string }
    const line = () => [{ variant_id: v.id, quantity: 1 }]
    const approve = (orderId: string) => api.post(`/admin/order-reviews/${orderId}/decisions`, { action: "approve" }, f.staff)
    const cardPay = (orderId: string, auth: any, body: unknown = {}) => refused(api.post(`/store/dealer-orders/${orderId}/card-payment`, body, auth))
    const webhook = (payload: string, signature = stripe.sign(payload)) =>
      refused(api.post("/hooks/payment/stripe_stripe", payload, { headers: { "content-type": "application/json", "stripe-signature": signature } }))
    const storeOrder = async (orderId: string, auth: any) => (await api.get(`/store/dealer-orders/${orderId}`, auth)).data.order
    const ledgerOf = async (orderId: string) => getContainer().resolve<any>(CREDIT_MODULE).listCreditEntries({ order_id: orderId })

    /** The order's payment collections with payments, captures, refunds and sessions, straight from the payment module. */
    const paymentsOf = async (orderId: string) => {
      const { data } = await getContainer()
        .resolve("query")
        .graph({
          entity: "order",
          fields: [
            ...STATUS_FIELDS,
            "payment_collections.id",
            "payment_collections.authorized_amount",
            "payment_collections.payments.id",
            "payment_collections.payments.provider_id",
            "payment_collections.payments.amount",
            "payment_collections.payments.captured_at",
            "payment_collections.payments.canceled_at",
            "payment_collections.payments.captures.id",
            "payment_collections.payments.captures.amount",
            "payment_collections.payments.refunds.amount",
            "payment_collections.payment_sessions.id",
            "payment_collections.payment_sessions.provider_id",
            "payment_collections.payment_sessions.status",
            "transactions.id",
            "transactions.amount",
            "transactions.reference",
          ],
          filters: { id: orderId },
        })
      const order: any = withStatusFacts(data[0] as any)
      const collections = order.payment_collections
      const payments = collections.flatMap((c: any) => c.payments)
      return {
        payment_status: order.payment_status,
        collections,
        card: payments.filter((p: any) => p.provider_id === "pp_stripe_stripe"),
        deferred: payments.filter((p: any) => p.provider_id === "pp_dealer-payment_dealer-payment"),
        captures: payments.flatMap((p: any) => p.captures),
        sessions: collections.flatMap((c: any) => c.payment_sessions),
        transactions: order.transactions ?? [],
      }
    }

    /** An approved order of `who`, ready to pay. */
    const approvedOrder = async (who: any) => {
      const order = await submitOrder(api, f, who.owner, line())
      await approve(order.id)
      return order
    }

    /** Opens the card payment, plays the card holder and Stripe's payment_intent.succeeded webhook, and waits until the order is paid. */
    const payByCard = async (order: any, who: any) => {
      const opened = await cardPay(order.id, who.owner)
      expect(opened.status).toBe(200)
      const intentId = opened.data.card_payment.client_secret.split("_secret_")[0]
      const payload = stripe.event("payment_intent.succeeded", stripe.succeed(intentId))
      expect((await webhook(payload)).status).toBe(200)
      const paid = await eventually(
        () => paymentsOf(order.id),
        // Settled: captured by core, then our subscriber's last step recounted what stays authorised.
        (p) => p.payment_status === "captured" && p.deferred.every((x: any) => !!x.canceled_at) && p.collections[0].authorized_amount === p.collections[0].amount,
        20000
      )
      return { opened: opened.data.card_payment, intentId, payload, paid }
    }

    beforeAll(async () => {
      f = await wholesaleFixture(api, getContainer())
      tier = await f.createTier("银行卡测试等级")
      d = await f.dealer(tier)
      rich = await f.dealer(tier, true, { credit_limit: 100000, payment_terms_days: 30 })
      other = await f.dealer(tier)
      ;[v] = await f.plainVariants(1)
    })

    beforeEach(() => stripe.reset())

    it("offers card in the dealer's methods because Stripe is configured", async () => {
      expect((await api.get("/store/credit", d.owner)).data.methods).toEqual(["bank_transfer", "prepaid", "card"])
      expect((await api.get("/store/credit", rich.owner)).data.methods).toEqual(["on_account", "bank_transfer", "prepaid", "card"])
    })

    it("opens one Stripe intent for the order's total, hands the same one out again, and leaves the order unpaid until Stripe says so", async () => {
      const order = await approvedOrder(d)
      const first = await cardPay(order.id, d.owner)
      expect(first.status).toBe(200)
      expect(first.data.card_payment).toEqual({
        session_id: expect.stringMatching(/^payses_/),
        client_secret: expect.stringMatching(/^pi_fake_\d+_secret_fake$/),
        amount: order.total,
        currency_code: "cny",
      })
      const creates = stripe.calls.filter((c) => c.method === "POST" && c.path === "/v1/payment_intents")
      expect(creates).toHaveLength(1)
      expect(creates[0].body).toEqual(
        expect.objectContaining({
          amount: String(Math.round(order.total * 100)),
          currency: "cny",
          capture_method: "automatic",
          "payment_method_types[0]": "card",
          "metadata[session_id]": first.data.card_payment.session_id,
          "metadata[order_id]": order.id,
          "metadata[display_id]": String(order.display_id),
        })
      )
      expect(creates[0].idempotencyKey).toBe(first.data.card_payment.session_id)

      const again = await cardPay(order.id, d.owner)
      expect(again.data.card_payment).toEqual(first.data.card_payment)
      expect(stripe.calls.filter((c) => c.path === "/v1/payment_intents")).toHaveLength(1)

      const state = await paymentsOf(order.id)
      expect(state.payment_status).toBe("authorized")
      expect(state.card).toEqual([])
      expect(state.sessions.map((s: any) => [s.provider_id, s.status]).sort()).toEqual([
        ["pp_dealer-payment_dealer-payment", "authorized"],
        ["pp_stripe_stripe", "pending"],
      ])
      const view = await storeOrder(order.id, d.owner)
      expect([view.status, view.payment.method, view.payment.can_pay]).toEqual(["awaiting_payment", null, true])
    })

    it("pays by card through Stripe's webhook: captured once for the total, the pay-after-review payment cancelled, no ledger entry", async () => {
      const order = await approvedOrder(d)
      const { opened, intentId, paid } = await payByCard(order, d)

      expect(paid.payment_status).toBe("captured")
      expect(paid.collections).toHaveLength(1)
      expect(paid.collections[0]).toEqual(
        expect.objectContaining({ status: "completed", amount: order.total, captured_amount: order.total, authorized_amount: order.total })
      )
      expect(paid.card).toEqual([expect.objectContaining({ amount: order.total, captured_at: expect.anything(), canceled_at: null })])
      expect(paid.captures.map((c: any) => c.amount)).toEqual([order.total])
      expect(paid.deferred).toEqual([expect.objectContaining({ canceled_at: expect.anything(), captured_at: null, captures: [] })])
      expect(paid.sessions.map((s: any) => [s.provider_id, s.status]).sort()).toEqual([
        ["pp_dealer-payment_dealer-payment", "canceled"],
        ["pp_stripe_stripe", "authorized"],
      ])
      expect(paid.transactions.map((t: any) => [t.reference, t.amount])).toEqual([["capture", order.total]])
      // Core authorised the session by reading the intent back; Stripe had captured it already (automatic capture).
      expect(stripe.calls.map((c) => `${c.method} ${c.path}`)).toEqual([`POST /v1/payment_intents`, `GET /v1/payment_intents/${intentId}`])

      const admin = (await api.get(`/admin/orders/${order.id}`, f.staff)).data.order
      expect(admin.payment_status).toBe("captured")
      const view = await storeOrder(order.id, d.owner)
      expect(view.status).toBe("paid")
      expect(view.payment).toEqual(expect.objectContaining({ method: "card", paid_at: expect.any(String), due_at: null, can_pay: false }))
      expect(await ledgerOf(order.id)).toEqual([])

      const twice = await cardPay(order.id, d.owner)
      expect([twice.status, twice.data.code]).toEqual([409, "order_not_payable"])
      expect(opened.session_id).toBeTruthy()
    })

    it("changes nothing when Stripe delivers the same webhook again", async () => {
      const order = await approvedOrder(d)
      const { payload, paid } = await payByCard(order, d)
      const callsBefore = stripe.calls.length

      expect((await webhook(payload)).status).toBe(200)
      await sleep(WEBHOOK_SETTLED_MS)
      const after = await paymentsOf(order.id)
      expect(after.payment_status).toBe("captured")
      expect(after.card.length).toBe(1)
      expect(after.captures.map((c: any) => c.id)).toEqual(paid.captures.map((c: any) => c.id))
      expect(after.transactions.map((t: any) => t.id)).toEqual(paid.transactions.map((t: any) => t.id))
      expect(after.collections[0]).toEqual(paid.collections[0])
      expect(after.deferred[0].canceled_at).toEqual(paid.deferred[0].canceled_at)
      // No capture or cancel reached Stripe; at most the intent was read again.
      expect(stripe.calls.slice(callsBefore).every((c) => c.method === "GET")).toBe(true)
    })

    it("ignores webhooks with a bad signature or without our session: the order stays unpaid", async () => {
      const order = await approvedOrder(d)
      const opened = await cardPay(order.id, d.owner)
      const intent = stripe.succeed(opened.data.card_payment.client_secret.split("_secret_")[0])
      const payload = stripe.event("payment_intent.succeeded", intent)

      const forged = await webhook(payload, stripe.sign(payload, "whsec_someone_else"))
      const unsigned = await webhook(payload, "")
      const foreign = stripe.event("payment_intent.succeeded", { ...intent, metadata: {} })
      const notOurs = await webhook(foreign)
      // Core's route only queues the event (and answers 200 so Stripe stops retrying); the signature is checked when it runs.
      expect([forged.status, unsigned.status, notOurs.status]).toEqual([200, 200, 200])
      await sleep(WEBHOOK_SETTLED_MS)

      const state = await paymentsOf(order.id)
      expect(state.payment_status).toBe("authorized")
      expect(state.card).toEqual([])
      expect(state.deferred).toEqual([expect.objectContaining({ canceled_at: null })])
      expect((await storeOrder(order.id, d.owner)).status).toBe("awaiting_payment")
    })

    it("refuses orders in review, already paid, of another dealer or with a slip waiting, without calling Stripe", async () => {
      const inReview = await submitOrder(api, f, d.owner, line())
      const early = await cardPay(inReview.id, d.owner)
      expect([early.status, early.data.code, early.data.message]).toEqual([409, "order_not_payable", "订单当前状态为「审核中」，不能付款"])

      const onAccount = await approvedOrder(rich)
      await api.post(`/store/dealer-orders/${onAccount.id}/pay`, { method: "on_account" }, rich.owner)
      const paid = await cardPay(onAccount.id, rich.owner)
      expect([paid.status, paid.data.code]).toEqual([409, "order_not_payable"])

      const theirs = await approvedOrder(other)
      const notMine = await cardPay(theirs.id, d.owner)
      expect([notMine.status, notMine.data.code]).toEqual([404, "order_not_found"])

      const transfer = await approvedOrder(d)
      const form = new FormData()
      form.append("file", new Blob([new Uint8Array(PNG)]), "回单.png")
      expect((await api.post(`/store/dealer-orders/${transfer.id}/slips`, form, d.owner)).status).toBe(201)
      const waiting = await cardPay(transfer.id, d.owner, {})
      expect([waiting.status, waiting.data.code]).toEqual([409, "slip_pending"])

      const approved = await approvedOrder(d)
      expect((await cardPay(approved.id, d.owner, { amount: 1 })).status).toBe(400)
      expect((await cardPay(approved.id, f.store())).status).toBe(401)
      expect(stripe.calls).toEqual([])
      expect((await paymentsOf(approved.id)).sessions.map((s: any) => s.provider_id)).toEqual(["pp_dealer-payment_dealer-payment"])
    })

    it("leaves no session behind when Stripe refuses or errs, and opens one on the next try", async () => {
      const order = await approvedOrder(d)
      stripe.failNext("POST /v1/payment_intents", 400, { type: "invalid_request_error", message: "Invalid currency" })
      const refusedByStripe = await cardPay(order.id, d.owner)
      expect(refusedByStripe.status).toBe(500)
      // The SDK retries a 500 once by itself: fail both tries.
      stripe.failNext("POST /v1/payment_intents", 500, { type: "api_error", message: "Something went wrong" }, 2)
      const stripeDown = await cardPay(order.id, d.owner)
      expect(stripeDown.status).toBe(500)
      expect((await paymentsOf(order.id)).sessions.map((s: any) => s.provider_id)).toEqual(["pp_dealer-payment_dealer-payment"])

      const retry = await cardPay(order.id, d.owner)
      expect(retry.status).toBe(200)
      const state = await paymentsOf(order.id)
      expect(state.sessions.filter((s: any) => s.provider_id === "pp_stripe_stripe")).toHaveLength(1)
      expect(state.payment_status).toBe("authorized")
    })

    it("refunds the card through Stripe when staff cancel a card-paid order, with no credit ledger entry", async () => {
      const order = await approvedOrder(d)
      const { intentId } = await payByCard(order, d)
      stripe.reset()

      expect((await api.post(`/admin/orders/${order.id}/cancel`, {}, f.staff)).status).toBe(200)
      const refunds = stripe.calls.filter((c) => c.method === "POST" && c.path === "/v1/refunds")
      expect(refunds.map((c) => c.body)).toEqual([{ amount: String(Math.round(order.total * 100)), payment_intent: intentId }])
      const state = await paymentsOf(order.id)
      expect(state.card[0].refunds.map((r: any) => r.amount)).toEqual([order.total])
      expect(state.collections[0]).toEqual(expect.objectContaining({ status: "canceled", refunded_amount: order.total }))
      expect((await storeOrder(order.id, d.owner)).status).toBe("cancelled")
      // The credit subscriber runs on order.canceled: give it time, then the ledger must still hold nothing for this order.
      await sleep(1500)
      expect(await ledgerOf(order.id)).toEqual([])
    })
  },
})
