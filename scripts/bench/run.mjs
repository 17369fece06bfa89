// Runs one scenario: our request and the closest stock Medusa request in turns (ours, stock, stock, ours, …)
// so drift in the machine's load weighs on both alike, counting SQL statements around every measured run.
import { mergeRuns, runFlow, runLoad } from "./load.mjs"
import { mergeReads } from "./pg-stats.mjs"

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
// After a write run, what the writes set off (order.placed subscribers, notifications) still belongs to them.
const SETTLE_MS = 1500

export function connectionsFor(config, kind) {
  return { dealer: config.connections, staff: config.staffConnections, buyers: config.buyers }[kind]
}

async function measure(ctx, def, seconds, { warmup = false } = {}) {
  const { config, stats } = ctx
  await ctx.api.get("/health") // waits while a dev backend restarts
  const state = (await def.prepare?.(ctx)) ?? {}
  const connections = connectionsFor(config, def.connections)
  const load = () =>
    def.flow
      ? runFlow({ workers: connections, duration: seconds, iterate: (worker) => def.flow(ctx, state, worker) })
      : runLoad({
          baseUrl: ctx.target.url,
          connections,
          duration: seconds,
          tallyHeader: def.tallyHeader,
          makeRequests: (slot) => def.requests(ctx, state, slot),
        })
  if (warmup) return { result: await load() }
  await stats.reset()
  const result = await load()
  const settle = def.flow ? SETTLE_MS : 0
  await sleep(settle)
  const sql = await stats.read()
  if (sql) {
    sql.window_seconds = result.seconds + settle / 1000
    sql.units = result.requests + result.errors
  }
  const extra = (await def.inspect?.(ctx, state)) ?? null
  return { result, sql, extra }
}

/** SQL statements per request (or order) of the run, less what the idle backend runs on its own meanwhile. */
export function sqlPerUnit(sql, idlePerSecond = 0) {
  if (!sql || !sql.units) return null
  const background = idlePerSecond * (sql.window_seconds ?? 0)
  return Math.max(0, sql.calls - background) / sql.units
}

export async function runScenario(ctx, scenario) {
  const { config, log } = ctx
  const sides = ["ours", "stock"].filter((s) => scenario[s])
  const skipped = {}
  for (const side of sides) {
    const reason = await scenario[side].probe?.(ctx)
    if (reason) {
      skipped[side] = reason
      log(`  ${side}: not measured: ${reason}`)
    }
  }
  const live = sides.filter((s) => !skipped[s])
  // Turns only matter when two sides share the time; one side runs its duration at once.
  const rounds = live.length > 1 ? config.rounds : 1
  const seconds = config.duration / rounds
  log(`scenario ${scenario.name}: ${rounds} × ${+seconds.toFixed(2)} s per side`)

  const runs = []
  let warmupFailures = 0
  for (let round = 0; round < rounds; round++) {
    for (const side of round % 2 === 0 ? live : [...live].reverse()) {
      const def = scenario[side]
      if (!def.flow && config.warmup > 0) {
        const { result } = await measure(ctx, def, config.warmup, { warmup: true })
        warmupFailures += result.non2xx + result.errors
        for (const s of result.samples) log(`  warm-up (${side}) got ${s.status}: ${s.body}`)
      }
      const run = await measure(ctx, def, seconds)
      runs.push({ round, side, ...run })
      const r = run.result
      const perUnit = sqlPerUnit(run.sql, ctx.idlePerSecond)
      log(
        `  round ${round + 1} ${side}: ${r.rps} ${scenario.unit === "order" ? "orders" : "req"}/s, p50 ${r.latency.p50} ms, p95 ${r.latency.p95} ms, ` +
          `p99 ${r.latency.p99} ms, ${perUnit === null ? "–" : perUnit.toFixed(1)} SQL each, ${r.non2xx} non-2xx, ${r.errors} errors`
      )
      for (const s of r.samples) log(`    ${side} got ${s.status}: ${s.body}`)
    }
  }

  const out = { name: scenario.name, title: scenario.title, unit: scenario.unit ?? "request", target: scenario.target, stock_note: scenario.stockNote ?? null }
  const problems = []
  if (warmupFailures) problems.push(`${warmupFailures} warm-up requests failed`)
  for (const side of sides) {
    const def = scenario[side]
    const mine = runs.filter((r) => r.side === side)
    const base = { who: def.who, endpoint: def.endpoint, connections: connectionsFor(config, def.connections) }
    if (!mine.length) {
      out[side] = { ...base, skipped: skipped[side] }
      continue
    }
    const result = mergeRuns(mine.map((r) => r.result))
    const sql = mergeReads(mine.map((r) => r.sql))
    if (sql) {
      sql.window_seconds = mine.reduce((n, r) => n + (r.sql?.window_seconds ?? 0), 0)
      sql.units = mine.reduce((n, r) => n + (r.sql?.units ?? 0), 0)
    }
    out[side] = { ...base, result, sql, sql_per_unit: sqlPerUnit(sql, ctx.idlePerSecond), extra: mine.map((r) => r.extra).filter(Boolean) }
    if (result.non2xx + result.errors) problems.push(`${side}: ${result.non2xx + result.errors} of ${result.requests + result.errors} failed`)
    if (!result.requests) problems.push(`${side}: nothing completed`)
    else if (result.requests < 100) out.note = `only ${result.requests} ${side} ${out.unit}s: p95/p99 are rough`
  }
  out.problems = problems
  out.runs = runs.map(({ round, side, result, sql }) => ({ round, side, rps: result.rps, p95: result.latency.p95, requests: result.requests, sql_calls: sql?.calls ?? null }))
  return out
}
