import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ORDER_REVIEW_MODULE } from "../modules/order-review"
import type OrderReviewModuleService from "../modules/order-review/service"
import { CREDIT_MODULE } from "../modules/credit"
import type CreditModuleService from "../modules/credit/service"
import { addOrderRows, TABLE_ORDER, type Rows } from "./bench-order-rows"
import { DAY, HOUR, SHIPPING, VAT, plan, type Dealer, type Kind, type Variant } from "./bench-order-plan"

/**
 * `npm run bench`'s past orders (scripts/bench/orders.mjs runs this with `medusa exec`): BENCH_ORDERS orders
 * of the bench dealers over the last 12 months, written in bulk in the shape a submitted order leaves behind:
 * core order with lines, VAT lines, address, shipping method, customer, region and sales channel, and a
 * fulfilment for shipped ones (rows inserted as the order and fulfilment modules write them, see
 * bench-order-rows.ts); through the services: its payment collection and the links to both, our review with
 * its decisions, the dealer's credit ledger for orders paid on account. Statuses follow the order's age: recent ones wait for
 * review, payment or shipping, most older ones are completed, some were rejected. Marked `metadata.bench_past`;
 * only the missing number is made, so a kept database is reused. Deterministic (seeded by the order's number).
 *
 * Environment: BENCH_ORDERS, BENCH_REGION_ID, BENCH_SALES_CHANNEL_ID, BENCH_SHIPPING_OPTION_ID,
 * BENCH_LOCATION_ID, BENCH_TIER_GROUP_ID, BENCH_DEALER_DOMAIN, BENCH_ORDER_BATCH (orders per batch).
 */

// Past orders passed every review check (what a real submission records).
const allOk = {
  info: { ok: true, level: "ok", message: "经销商资料完整" },
  stock: { ok: true, level: "ok", message: "库存充足" },
  credit: { ok: true, level: "ok", message: "信用额度充足" },
  prices: { ok: true, level: "ok", message: "价格正常" },
  rules: { ok: true, level: "ok", message: "符合订货规则" },
}

async function setDates(knex: any, table: string, column: string, rows: [string, number][], key = "id") {
  if (!rows.length) return
  const values = rows.map(() => "(?, ?::timestamptz)").join(",")
  await knex.raw(
    `UPDATE "${table}" AS t SET "${column}" = v.at FROM (VALUES ${values}) AS v(id, at) WHERE t."${key}" = v.id`,
    rows.flatMap(([id, at]) => [id, new Date(at).toISOString()])
  )
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++
        out[i] = await fn(items[i])
      }
    })
  )
  return out
}

/** Reads some of the new orders back through Query, as the routes do: totals, payment and fulfilment as planned. */
async function checkSample(container: ExecArgs["container"], sample: { id: string; total: number; kind: Kind }[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "total", "status", "items.id", "items.quantity", "payment_collections.status", "fulfillments.shipped_at"],
    filters: { id: sample.map((s) => s.id) },
  })
  const byId = new Map(data.map((o: any) => [o.id, o]))
  const problems: string[] = []
  for (const s of sample) {
    const o: any = byId.get(s.id)
    if (!o) problems.push(`${s.id} not found`)
    else if (Math.abs(Number(o.total) - s.total) > 0.005) problems.push(`${s.id} totals ${o.total}, expected ${s.total}`)
    else if (!o.items?.length || !o.payment_collections?.length) problems.push(`${s.id} has no items or no payment collection`)
    else if ((s.kind === "shipped" || s.kind === "completed") !== !!o.fulfillments?.[0]?.shipped_at) problems.push(`${s.id} (${s.kind}) has the wrong fulfilments`)
  }
  if (problems.length) throw new Error(`bench past orders do not read back as written:\n${problems.join("\n")}`)
}

export default async function benchOrders({ container }: ExecArgs) {
  const env = process.env as Record<string, string>
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const payments = container.resolve(Modules.PAYMENT)
  const reviews = container.resolve<OrderReviewModuleService>(ORDER_REVIEW_MODULE)
  const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)

  const wanted = Number(env.BENCH_ORDERS ?? 50000)
  const batchSize = Number(env.BENCH_ORDER_BATCH ?? 500)
  const domain = env.BENCH_DEALER_DOMAIN ?? "bench.dealermall.test"
  for (const k of ["BENCH_REGION_ID", "BENCH_SALES_CHANNEL_ID", "BENCH_SHIPPING_OPTION_ID", "BENCH_LOCATION_ID"]) {
    if (!env[k]) throw new Error(`${k} is not set`)
  }

  const { rows: have } = await knex.raw(
    `SELECT count(*)::int AS n, coalesce(max((metadata->>'bench_n')::int), -1) AS last FROM "order" WHERE metadata->>'bench_past' = 'true' AND deleted_at IS NULL`
  )
  const start = have[0].last + 1
  const missing = wanted - have[0].n
  if (missing <= 0) {
    logger.info(`bench past orders: ${have[0].n} present, none to make`)
    return
  }

  const { rows: dealers } = (await knex.raw(
    `SELECT d.id, d.company_name, d.contact_name, d.mobile, d.province, d.city, d.district, d.address, d.tier_group_id,
            d.payment_terms_days, d.credit_limit, m.customer_id, c.email
       FROM dealer d JOIN dealer_member m ON m.dealer_id = d.id AND m.deleted_at IS NULL
       JOIN customer c ON c.id = m.customer_id AND c.deleted_at IS NULL
      WHERE d.deleted_at IS NULL AND d.status = 'approved' AND c.email LIKE ?
      ORDER BY c.email`,
    [`%@${domain}`]
  )) as { rows: Dealer[] }
  const { rows: variants } = (await knex.raw(
    `SELECT v.id, v.sku, v.title, p.id AS product_id, p.title AS product_title, p.handle AS product_handle, p.thumbnail
       FROM product_variant v JOIN product p ON p.id = v.product_id AND p.deleted_at IS NULL
      WHERE v.deleted_at IS NULL AND v.sku LIKE 'BENCH-%' ORDER BY v.sku`
  )) as { rows: Variant[] }
  if (!dealers.length || !variants.length) throw new Error(`found ${dealers.length} bench dealers and ${variants.length} bench variants`)
  const stages = await reviews.listReviewStages({}, { order: { rank: "ASC" }, take: null })
  const firstStage = stages[0] ?? null
  const lastStage = stages[stages.length - 1] ?? null
  const [staff] = await container.resolve(Modules.USER).listUsers({}, { take: 1 })

  // Every dealer's credit account (the first read would otherwise create it), for the on-account ledger.
  const accounts = new Map<string, string>()
  for (const a of await credit.listCreditAccounts({ dealer_id: dealers.map((d) => d.id) }, { take: null })) accounts.set(a.dealer_id, a.id)
  const noAccount = dealers.filter((d) => !accounts.has(d.id))
  if (noAccount.length) {
    const made = await credit.createCreditAccounts(
      noAccount.map((d) => ({ dealer_id: d.id, credit_limit: Number(d.credit_limit ?? 0), payment_terms_days: d.payment_terms_days ?? 0 }))
    )
    for (const a of made) accounts.set(a.dealer_id, a.id)
  }

  const now = Date.now()
  const numbers = Array.from({ length: missing }, (_, i) => start + i)
  const batches: number[][] = []
  for (let i = 0; i < numbers.length; i += batchSize) batches.push(numbers.slice(i, i + batchSize))
  logger.info(`bench past orders: making ${missing} (${have[0].n} present) for ${dealers.length} dealers over ${variants.length} variants, ${batches.length} batches`)
  const started = Date.now()
  let done = 0
  const sample: { id: string; total: number; kind: Kind }[] = []
  // Time per phase, summed over batches (they overlap), to see where the setup goes.
  const spent: Record<string, number> = {}

  await mapLimit(batches, Number(env.BENCH_ORDER_CONCURRENCY ?? 2), async (batch) => {
    let mark = Date.now()
    const lap = (phase: string) => {
      const t = Date.now()
      spent[phase] = (spent[phase] ?? 0) + (t - mark)
      mark = t
    }
    const plans = batch.map((n) => plan(n, now, dealers, variants, env.BENCH_TIER_GROUP_ID || null))
    const rowsByTable: Rows = {}
    const rows = plans.map((p) => {
      const d = p.dealer
      const paid = ["paid", "shipped", "completed"].includes(p.kind)
      const shipped = p.kind === "shipped" || p.kind === "completed"
      const made = addOrderRows(rowsByTable, {
        region_id: env.BENCH_REGION_ID,
        sales_channel_id: env.BENCH_SALES_CHANNEL_ID,
        shipping_option_id: env.BENCH_SHIPPING_OPTION_ID,
        location_id: env.BENCH_LOCATION_ID,
        customer_id: d.customer_id,
        email: d.email,
        status: p.kind === "completed" ? "completed" : p.kind === "rejected" ? "canceled" : "pending",
        metadata: { bench_past: true, bench_n: p.n, payment_method: p.onAccount ? "on_account" : "bank_transfer", ...(p.po ? { po_number: p.po } : {}) },
        address: { company: d.company_name, first_name: d.contact_name, phone: d.mobile, province: d.province, city: d.city, address_1: `${d.district}${d.address}`, district: d.district },
        lines: p.items.map(({ v, qty, price }) => ({
          variant_id: v.id,
          product_id: v.product_id,
          title: v.product_title,
          subtitle: v.title,
          thumbnail: v.thumbnail,
          product_handle: v.product_handle,
          sku: v.sku,
          quantity: qty,
          unit_price: price,
        })),
        shipping: SHIPPING,
        total: p.total,
        created_at: new Date(p.t.created),
        updated_at: new Date(p.kind === "completed" ? p.t.completed : p.kind === "rejected" ? p.t.decided : p.t.created),
        canceled_at: p.kind === "rejected" ? new Date(p.t.decided) : null,
        paid,
        fulfilment: shipped
          ? { packed_at: new Date(p.t.shipped - HOUR), shipped_at: new Date(p.t.shipped), delivered_at: p.kind === "completed" ? new Date(p.t.delivered) : null }
          : null,
      })
      return { p, order: { id: made.orderId }, fulfillmentId: made.fulfillmentId }
    })
    await knex.transaction(async (trx: any) => {
      for (const table of TABLE_ORDER) {
        const list = rowsByTable[table]
        if (!list?.length) continue
        // Every row of a table has the same keys; 65535 bind parameters at most per statement.
        const size = Math.max(1, Math.floor(60000 / Object.keys(list[0]).length))
        for (let i = 0; i < list.length; i += size) await trx(table).insert(list.slice(i, i + size))
      }
    })
    lap("orders and fulfilments (rows)")
    for (const { p, order } of rows.slice(0, 6)) if (sample.length < 30) sample.push({ id: order.id, total: p.total, kind: p.kind })

    // Payment: the pay-after-review collection, authorised at submission; captured once paid; cancelled on rejection.
    const collections: any[] = await payments.createPaymentCollections(
      rows.map(({ p }) => {
        const paid = ["paid", "shipped", "completed"].includes(p.kind)
        return {
          currency_code: "cny",
          amount: p.total,
          authorized_amount: p.kind === "rejected" ? 0 : p.total,
          captured_amount: paid ? p.total : 0,
          status: p.kind === "rejected" ? "canceled" : paid ? "completed" : "authorized",
          completed_at: paid ? new Date(p.t.paid) : null,
        } as any
      })
    )
    lap("payment collections")
    const links: any[] = rows.map(({ order }, i) => ({
      [Modules.ORDER]: { order_id: order.id },
      [Modules.PAYMENT]: { payment_collection_id: collections[i].id },
    }))
    for (const { order, fulfillmentId } of rows) {
      if (fulfillmentId) links.push({ [Modules.ORDER]: { order_id: order.id }, [Modules.FULFILLMENT]: { fulfillment_id: fulfillmentId } })
    }
    await link.create(links)
    lap("links")

    // Review: submitted, then decided by staff at the last stage (or still waiting at the first).
    const decidedKinds: Kind[] = ["approved", "paid", "shipped", "completed", "rejected"]
    const made_r: any[] = await (reviews as any).createOrderReviews(
      rows.map(({ p, order }) => {
        const decided = decidedKinds.includes(p.kind)
        const stage = decided ? lastStage : firstStage
        return {
          order_id: order.id,
          dealer_id: p.dealer.id,
          status: p.kind === "pending" ? "pending" : p.kind === "rejected" ? "rejected" : "approved",
          stage_index: decided ? Math.max(0, stages.length - 1) : 0,
          stage_id: stage?.id ?? null,
          stage_name: stage?.name ?? null,
          checks: allOk as any,
          auto_approved: false,
          reason: p.kind === "rejected" ? "价格或库存有误，请重新下单" : null,
          decided_at: decided ? new Date(p.t.decided) : null,
        }
      }) as any
    )
    const reviewOf = new Map(made_r.map((r: any) => [r.order_id, r]))
    const decisions: any[] = []
    const decisionDates: number[] = []
    for (const { p, order } of rows) {
      const review: any = reviewOf.get(order.id)
      decisions.push({ review_id: review.id, action: "submitted", actor_type: "dealer", actor_id: p.dealer.customer_id })
      decisionDates.push(p.t.created)
      if (p.kind !== "pending") {
        decisions.push({
          review_id: review.id,
          action: p.kind === "rejected" ? "reject" : "approve",
          actor_type: "staff",
          actor_id: staff?.id ?? null,
          stage_id: lastStage?.id ?? null,
          stage_name: lastStage?.name ?? null,
          reason: p.kind === "rejected" ? "价格或库存有误，请重新下单" : null,
        })
        decisionDates.push(p.t.decided)
      }
    }
    const made_d: any[] = await reviews.createReviewDecisions(decisions)
    lap("reviews")

    // Credit ledger of orders paid on account: hold at approval, release and charge at payment, repaid when due.
    const entries: any[] = []
    const entryDates: number[] = []
    const add = (e: any, at: number) => {
      entries.push(e)
      entryDates.push(at)
    }
    for (const { p, order } of rows) {
      if (!p.onAccount || p.kind === "pending" || p.kind === "rejected") continue
      const account_id = accounts.get(p.dealer.id)!
      const base = { account_id, order_id: order.id, amount: p.total, actor_type: "system" }
      add({ ...base, type: "hold", note: "审核通过，预留账期额度" }, p.t.decided)
      if (p.kind === "approved") continue
      const due = p.t.paid + (p.dealer.payment_terms_days ?? 30) * DAY
      add({ ...base, type: "release" }, p.t.paid)
      add({ ...base, type: "charge", due_at: new Date(due), actor_type: "dealer", actor_id: p.dealer.customer_id }, p.t.paid)
      if (due < now) add({ ...base, type: "repayment", order_id: null, reference: `REPAY-${p.n}`, actor_type: "staff", actor_id: staff?.id ?? null }, due)
    }
    const made_e: any[] = entries.length ? await credit.createCreditEntries(entries) : []
    lap("credit ledger")

    // The dates the services set to now.
    await setDates(knex, "order_review", "created_at", rows.map(({ p, order }) => [(reviewOf.get(order.id) as any).id, p.t.created] as [string, number]))
    await setDates(knex, "order_review_decision", "created_at", made_d.map((d: any, i: number) => [d.id, decisionDates[i]] as [string, number]))
    await setDates(knex, "payment_collection", "created_at", collections.map((c: any, i: number) => [c.id, rows[i].p.t.created] as [string, number]))
    await setDates(knex, "credit_entry", "created_at", made_e.map((e: any, i: number) => [e.id, entryDates[i]] as [string, number]))

    lap("dates")
    done += batch.length
    if (done % 2000 < batchSize || done === missing) {
      const s = (Date.now() - started) / 1000
      logger.info(`bench past orders: ${done}/${missing} (${s.toFixed(0)} s, ${(done / s).toFixed(0)}/s)`)
    }
  })
  await checkSample(container, sample)
  logger.info(`bench past orders: seconds per phase, summed over batches: ${Object.entries(spent).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join(", ")}`)
}
