// Case d: a subscriber's side effect happens once per event, in the worker. Orders submitted and
// decided on both servers emit order_review.* events into Redis; the servers (server mode) run no
// subscribers, the worker runs each event's subscriber once, which writes one notification per
// recipient (Medusa's notification module, local provider, which logs each send).
import test from "node:test"
import assert from "node:assert/strict"
import fs from "node:fs"
import path from "node:path"
import { clients, eventually, LOG_DIR, sql } from "./helpers.mjs"
import { approvedDealer, cartReady, createTier, freshVariant, submit } from "./fixtures.mjs"

const ORDERS = 4

const rowsFor = (orderIds) =>
  sql(
    `SELECT resource_id AS order_id, trigger_type, template, "to", channel, status FROM notification
     WHERE resource_id = ANY($1) AND deleted_at IS NULL ORDER BY created_at`,
    [orderIds]
  )
const log = (name) => fs.readFileSync(path.join(LOG_DIR, `${name}.log`), "utf8").split("\n")

test(`review notifications for ${ORDERS} orders submitted and decided on both servers: one per recipient and event, sent by the worker`, { timeout: 180_000 }, async () => {
  const c = await clients()
  const { users } = await c.on(0).get("/admin/users", { auth: "admin", query: { limit: 100, fields: "id,email" } })
  const staff = users.map((u) => u.email)
  const tier = await createTier(c.on(0), "集群通知")
  const variant = await freshVariant(c.on(0), 100)
  const dealer = await approvedDealer(c.on(1), tier)
  const { dealer: profile } = await c.on(0).get("/store/dealers/me", { auth: dealer.token })

  // Submitted alternately on each server; every other order approved, the rest rejected, also alternating.
  const orders = []
  for (let i = 0; i < ORDERS; i++) {
    const order = await submit(c.on(i), dealer, await cartReady(c.on(i), dealer, variant.id))
    const action = i % 2 === 0 ? { action: "approve" } : { action: "reject", reason: "集群通知测试" }
    await c.on(i + 1).post(`/admin/order-reviews/${order.id}/decisions`, action, { auth: "admin" })
    orders.push({ id: order.id, decided: i % 2 === 0 ? "approved" : "rejected" })
  }

  // Staff hear of each submission; the dealer hears of each decision by e-mail and SMS.
  const expected = orders.flatMap((o) => [
    ...staff.map((to) => `${o.id} order_review.submitted email ${to}`),
    `${o.id} order_review.${o.decided} email ${profile.email}`,
    `${o.id} order_review.${o.decided} sms ${profile.mobile}`,
  ])
  const key = (r) => `${r.order_id} ${r.trigger_type} ${r.channel} ${r.to}`
  await eventually(() => rowsFor(orders.map((o) => o.id)), (rows) => rows.length >= expected.length)
  // A duplicate would come from a second run of the subscriber: give a late one time to show.
  await new Promise((r) => setTimeout(r, 3000))
  const rows = await rowsFor(orders.map((o) => o.id))
  assert.deepEqual(rows.map(key).sort(), expected.sort(), "exactly one notification per recipient and event")
  assert.ok(rows.every((r) => r.status === "success"), "the local provider accepted each one")

  // Who sent them: each send is logged once by the worker and never by a server.
  const worker = log("worker")
  const servers = ["server-1", "server-2"].flatMap(log)
  for (const r of rows) {
    const sent = (line) => line.includes(`notification to: '${r.to}'`) && line.includes(`template: '${r.template}'`) && line.includes(r.order_id)
    assert.equal(worker.filter(sent).length, 1, `the worker sent ${key(r)} once`)
    assert.equal(servers.filter(sent).length, 0, `no server sent ${key(r)}`)
  }
  assert.ok(worker.some((l) => l.includes("Processing order_review.submitted")), "the worker consumed the events")
  assert.equal(servers.filter((l) => /Processing \w+\.\w+/.test(l)).length, 0, "servers consume no events")
})
