// Case b: on-account (账期) payments race for one credit line across processes. Paying checks the
// balance and writes the charge under one lock per credit account; only a lock shared through
// Redis stops the two servers from each charging up to the whole limit.
import test from "node:test"
import assert from "node:assert/strict"
import { mapLimit } from "../bench/api.mjs"
import { clients, outcome, sql, tally } from "./helpers.mjs"
import { approvedDealer, cartReady, createTier, freshVariant, submit } from "./fixtures.mjs"

const PAYMENTS = 50
const FITS = 10

test(`${PAYMENTS} concurrent on-account payments over two servers against a limit that fits ${FITS}: exactly ${FITS} charges`, { timeout: 240_000 }, async () => {
  const c = await clients()
  const tier = await createTier(c.on(0), "集群信用")
  // Orders of this tier are approved at once, so each one can be paid straight after submission.
  await c.on(0).post("/admin/review-rules", { name: `集群信用免审 ${process.pid}`, require_all_checks: false, tier_group_id: tier.customer_group_id }, { auth: "admin" })
  const variant = await freshVariant(c.on(0), 1000)
  const buyer = await approvedDealer(c.on(1), tier, { credit_limit: 1, payment_terms_days: 30 })
  const orders = await mapLimit([...Array(PAYMENTS).keys()], 4, async (i) => submit(c.on(i + 1), buyer, await cartReady(c.on(i), buyer, variant.id)))
  assert.deepEqual([...new Set(orders.map((o) => o.status))], ["awaiting_payment"], "every order is approved by the rule")
  const total = orders[0].total
  assert.ok(orders.every((o) => o.total === total), "all orders cost the same")

  // The limit is raised only now, so that exactly FITS totals fit (and half a yuan spare, not an 11th).
  const limit = Math.round(total * FITS * 100) / 100 + 0.5
  await c.on(0).post(`/admin/credit-accounts/${buyer.dealer.id}/adjustments`, { kind: "limit", credit_limit: limit, reason: "集群并发测试" }, { auth: "admin" })

  const results = await Promise.all(
    orders.map((o, i) => outcome(c.on(i).post(`/store/dealer-orders/${o.id}/pay`, { method: "on_account" }, { auth: buyer.token })))
  )
  assert.deepEqual(tally(results), { ok: FITS, "409 credit_insufficient": PAYMENTS - FITS })
  const paid = orders.filter((_, i) => results[i].status === 200).map((o) => o.id)
  for (const i of results.keys()) if (results[i].status === 200) assert.equal(results[i].body.order.status, "paid")

  // The ledger rows: one charge for each paid order and none for the others, within the limit.
  const charges = await sql(
    `SELECT e.order_id, e.amount::numeric AS amount FROM credit_entry e JOIN credit_account a ON a.id = e.account_id
     WHERE a.dealer_id = $1 AND e.type = 'charge' AND e.deleted_at IS NULL`,
    [buyer.dealer.id]
  )
  assert.equal(charges.length, FITS)
  assert.deepEqual(new Set(charges.map((e) => e.order_id)), new Set(paid), "each paid order charged once")
  const charged = charges.reduce((n, e) => n + Number(e.amount), 0)
  assert.ok(Math.abs(charged - total * FITS) < 0.01, `charged ${charged}`)
  assert.ok(charged <= limit)

  // The API's view: the same ledger, balances derived from it, and which orders are paid.
  const account = await c.on(1).get(`/admin/credit-accounts/${buyer.dealer.id}`, { auth: "admin" })
  assert.equal(account.entries.filter((e) => e.type === "charge").length, FITS)
  const { balances } = await c.on(0).get("/store/credit", { auth: buyer.token })
  assert.ok(Math.abs(balances.outstanding - total * FITS) < 0.01, `outstanding ${balances.outstanding}`)
  assert.equal(balances.held, 0)
  assert.ok(balances.available >= 0 && balances.available < total, `available ${balances.available}`)
  const { count } = await c.on(1).get("/store/dealer-orders", { auth: buyer.token, query: { status: "paid", limit: 1 } })
  assert.equal(count, FITS)
})
