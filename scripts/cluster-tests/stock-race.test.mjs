// Case a: dealers race for the last units across processes. The submit route checks stock under
// a lock per inventory item; only a lock shared through Redis keeps two servers from both
// selling the same units (an in-process lock would let each server sell all 10).
import test from "node:test"
import assert from "node:assert/strict"
import { mapLimit } from "../bench/api.mjs"
import { clients, outcome, sql, tally } from "./helpers.mjs"
import { approvedDealers, cartReady, createTier, freshVariant, submit } from "./fixtures.mjs"

const STOCK = 10
const ORDERS = 50
const DEALERS = 5

const level = async (itemId) =>
  (await sql("SELECT stocked_quantity::int AS stocked, reserved_quantity::int AS reserved FROM inventory_level WHERE inventory_item_id = $1 AND deleted_at IS NULL", [itemId]))[0]

test(`${ORDERS} concurrent submissions over two servers for ${STOCK} units: exactly ${STOCK} orders, the rest 409 out_of_stock`, { timeout: 240_000 }, async () => {
  const c = await clients()
  const tier = await createTier(c.on(0), "集群库存")
  const variant = await freshVariant(c.on(0), STOCK)
  const dealers = await approvedDealers(c, tier, DEALERS)
  // Each dealer has several carts of one unit: ten carts a dealer, all filled while stock covers them.
  const carts = await mapLimit([...Array(ORDERS).keys()], 6, async (i) => {
    const dealer = dealers[i % DEALERS]
    return { dealer, ready: await cartReady(c.on(i), dealer, variant.id) }
  })
  assert.deepEqual(await level(variant.inventoryItemId), { stocked: STOCK, reserved: 0 })

  // Watch the stock while the race runs: available may reach 0 but never go below.
  let lowest = STOCK
  let racing = true
  const watcher = (async () => {
    while (racing) {
      const { stocked, reserved } = await level(variant.inventoryItemId)
      lowest = Math.min(lowest, stocked - reserved)
      await new Promise((r) => setTimeout(r, 50))
    }
  })()
  // Even-numbered carts go to server 1, odd ones to server 2, all at the same moment.
  const results = await Promise.all(carts.map(({ dealer, ready }, i) => outcome(submit(c.on(i), dealer, ready))))
  racing = false
  await watcher

  assert.deepEqual(tally(results), { ok: STOCK, "409 out_of_stock": ORDERS - STOCK }, JSON.stringify(results.filter((r) => r.status !== 200 && r.status !== 409).slice(0, 3)))
  for (const r of results.filter((r) => r.status === 409)) {
    assert.equal(r.body.sku, variant.sku, "a refusal names the SKU")
    assert.equal(r.body.available, 0, "refused only once the units are gone")
  }
  const orderIds = results.filter((r) => r.status === 200).map((r) => r.body.id)
  assert.equal(new Set(orderIds).size, STOCK)
  assert.ok(lowest >= 0, `available stock went to ${lowest}`)

  // The database: 10 units reserved by exactly the 10 orders, 10 carts completed, nothing else placed.
  assert.deepEqual(await level(variant.inventoryItemId), { stocked: STOCK, reserved: STOCK })
  const reservations = await sql(
    `SELECT oi.order_id, r.quantity::int AS quantity FROM reservation_item r JOIN order_item oi ON oi.item_id = r.line_item_id AND oi.deleted_at IS NULL
     WHERE r.inventory_item_id = $1 AND r.deleted_at IS NULL`,
    [variant.inventoryItemId]
  )
  assert.equal(reservations.reduce((n, r) => n + r.quantity, 0), STOCK)
  assert.deepEqual(new Set(reservations.map((r) => r.order_id)), new Set(orderIds))
  const placed = await sql(
    "SELECT count(DISTINCT oi.order_id)::int AS n FROM order_line_item li JOIN order_item oi ON oi.item_id = li.id WHERE li.variant_id = $1",
    [variant.id]
  )
  assert.equal(placed[0].n, STOCK, "no order was placed beyond the stock")
  const completed = await sql("SELECT count(*)::int AS n FROM cart WHERE id = ANY($1) AND completed_at IS NOT NULL", [carts.map((x) => x.ready.cartId)])
  assert.equal(completed[0].n, STOCK, "refused carts stay open")

  // The API agrees with the rows.
  const { inventory_item } = await c.on(1).get(`/admin/inventory-items/${variant.inventoryItemId}`, { auth: "admin" })
  assert.equal(inventory_item.stocked_quantity, STOCK)
  assert.equal(inventory_item.reserved_quantity, STOCK)
})
