// Case c: two staff decide the same order review at the same moment on different servers, one
// approving and one rejecting. Decisions run under a lock per order: shared through Redis, the
// second one finds the review closed (409 review_closed) instead of deciding it again.
import test from "node:test"
import assert from "node:assert/strict"
import { clients, outcome, sql } from "./helpers.mjs"
import { approvedDealer, cartReady, createTier, freshVariant, submit } from "./fixtures.mjs"

const ROUNDS = 4

test(`one review decided at once on both servers (${ROUNDS} rounds): one decision wins, the other gets 409 review_closed`, { timeout: 180_000 }, async () => {
  const c = await clients()
  const { stages } = await c.on(0).get("/admin/review-stages", { auth: "admin" })
  assert.equal(stages.length, 0, "premise: one-step review, so a single approve closes it")
  const tier = await createTier(c.on(0), "集群审核")
  const variant = await freshVariant(c.on(0), 100)
  const dealer = await approvedDealer(c.on(1), tier)

  const winners = []
  for (let round = 0; round < ROUNDS; round++) {
    const order = await submit(c.on(round), dealer, await cartReady(c.on(round + 1), dealer, variant.id))
    assert.equal(order.status, "in_review")
    // Approve on one server and reject on the other, swapping sides each round.
    const decide = (server, body) => outcome(c.on(server).post(`/admin/order-reviews/${order.id}/decisions`, body, { auth: "admin" }))
    const [approve, reject] = await Promise.all([decide(round, { action: "approve" }), decide(round + 1, { action: "reject", reason: "集群并发测试" })])

    assert.deepEqual([approve.status, reject.status].sort(), [200, 409], `round ${round}: ${JSON.stringify([approve.body, reject.body])}`)
    const loser = approve.status === 409 ? approve : reject
    assert.equal(loser.body.code, "review_closed")
    const won = approve.status === 200 ? "approve" : "reject"
    winners.push(won)

    // The review's history, read through the other server and from the rows: one staff decision, the winner's.
    const { review } = await c.on(round + 1).get(`/admin/order-reviews/${order.id}`, { auth: "admin" })
    const decisions = review.decisions.filter((d) => d.action === "approve" || d.action === "reject")
    assert.deepEqual(decisions.map((d) => d.action), [won])
    assert.equal(review.review_status, won === "approve" ? "approved" : "rejected")
    const rows = await sql(
      `SELECT d.action FROM order_review_decision d JOIN order_review r ON r.id = d.review_id
       WHERE r.order_id = $1 AND d.action IN ('approve', 'reject') AND d.deleted_at IS NULL`,
      [order.id]
    )
    assert.deepEqual(rows.map((r) => r.action), [won])

    // And its effect: approved orders await payment; rejected ones are cancelled in core, stock released.
    const { order: seen } = await c.on(round).get(`/store/dealer-orders/${order.id}`, { auth: dealer.token })
    assert.equal(seen.status, won === "approve" ? "awaiting_payment" : "rejected")
    const [core] = await sql(`SELECT status FROM "order" WHERE id = $1`, [order.id])
    assert.equal(core.status, won === "approve" ? "pending" : "canceled")
  }
  const reserved = await sql("SELECT reserved_quantity::int AS n FROM inventory_level WHERE inventory_item_id = $1 AND deleted_at IS NULL", [variant.inventoryItemId])
  assert.equal(reserved[0].n, winners.filter((w) => w === "approve").length, `reservations left for approved orders only (${winners.join(", ")})`)
})
