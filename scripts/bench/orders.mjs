// The bench dealers' past orders (BENCH_ORDERS over 12 months), written in bulk by the backend's
// `medusa exec` script src/scripts/bench-orders.ts through the modules' services. Counted first: a kept
// database that already has them is reused as it is.
import path from "node:path"
import pg from "pg"
import { BACKEND_BUILD, BIN } from "../lib/paths.mjs"
import { run } from "../lib/processes.mjs"

const COUNT = `SELECT count(*)::int AS n FROM "order" WHERE metadata->>'bench_past' = 'true' AND deleted_at IS NULL`

async function query(databaseUrl, sql) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

export async function ensurePastOrders({ target, config, dataset, log }) {
  if (!target.databaseUrl || !target.execEnv) {
    log("past orders: skipped (set BENCH_DATABASE_URL to the running stack's database to make them)")
    return { skipped: true }
  }
  const [{ n }] = await query(target.databaseUrl, COUNT)
  let seconds = 0
  if (n >= config.orders) {
    log(`reusing ${n} past orders`)
  } else {
    log(`writing ${config.orders - n} past orders in bulk (medusa exec src/scripts/bench-orders.ts; ${n} present)…`)
    const started = Date.now()
    await run("bench-orders", path.join(BIN, "medusa"), ["exec", "./src/scripts/bench-orders.js"], {
      cwd: BACKEND_BUILD,
      env: {
        ...target.execEnv,
        BENCH_ORDERS: String(config.orders),
        BENCH_REGION_ID: dataset.regionId,
        BENCH_SALES_CHANNEL_ID: dataset.salesChannelId,
        BENCH_SHIPPING_OPTION_ID: dataset.shippingOptionId,
        BENCH_LOCATION_ID: dataset.stockLocationId,
        BENCH_TIER_GROUP_ID: dataset.tierGroupId,
      },
    })
    seconds = Math.round((Date.now() - started) / 1000)
    log(`past orders written in ${seconds} s`)
  }
  return { ...(await describe(target.databaseUrl)), setup_seconds: seconds }
}

/** What the staff lists read: orders and reviews by status, ledger size. */
async function describe(databaseUrl) {
  const [orders] = await query(databaseUrl, `SELECT count(*)::int AS all, count(*) FILTER (WHERE metadata->>'bench_past' = 'true')::int AS past FROM "order" WHERE deleted_at IS NULL`)
  const reviews = await query(databaseUrl, `SELECT status, count(*)::int AS n FROM order_review WHERE deleted_at IS NULL GROUP BY status ORDER BY status`)
  const [ledger] = await query(databaseUrl, `SELECT count(*)::int AS n FROM credit_entry WHERE deleted_at IS NULL`)
  const [span] = await query(databaseUrl, `SELECT min(created_at) AS first, max(created_at) AS last FROM "order" WHERE deleted_at IS NULL`)
  return {
    orders: orders.all,
    past_orders: orders.past,
    reviews: Object.fromEntries(reviews.map((r) => [r.status, r.n])),
    credit_entries: ledger.n,
    first_order_at: span.first,
    last_order_at: span.last,
  }
}
