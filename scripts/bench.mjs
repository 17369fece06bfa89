#!/usr/bin/env node
// `npm run bench`: what wholesale (tier) pricing costs over base pricing, per scenario, for two dealers in
// the same run. Settings: `npm run bench -- --help`. Scenarios: scripts/bench/scenarios/*.mjs.
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { ROOT } from "./lib/paths.mjs"
import { Supervisor } from "./lib/processes.mjs"
import { prefixed } from "./lib/log.mjs"
import { readConfig, usage } from "./bench/config.mjs"
import { Api } from "./bench/api.mjs"
import { ownTarget, runningTarget } from "./bench/target.mjs"
import { ensureDataset } from "./bench/dataset.mjs"
import { ensureDealers } from "./bench/dealers.mjs"
import { verifyPrices } from "./bench/verify.mjs"
import { mergeRuns, runLoad } from "./bench/load.mjs"
import { compare, scenarioText, summaryText, writeResults } from "./bench/report.mjs"

const say = prefixed("bench")
const log = (msg) => say(msg + "\n")
const SCENARIO_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "bench", "scenarios")

/** Every scenarios/*.mjs in file-name order, or the ones BENCH_SCENARIOS names. */
async function loadScenarios(wanted) {
  const files = fs.readdirSync(SCENARIO_DIR).filter((f) => f.endsWith(".mjs")).sort()
  const all = []
  for (const f of files) all.push((await import(pathToFileURL(path.join(SCENARIO_DIR, f)))).default)
  if (!wanted) return all
  const names = wanted.split(",").map((s) => s.trim()).filter(Boolean)
  const unknown = names.filter((n) => !all.some((s) => s.name === n))
  if (unknown.length) throw new Error(`unknown scenario ${unknown.join(", ")}; there are ${all.map((s) => s.name).join(", ")}`)
  return all.filter((s) => names.includes(s.name))
}

async function measure(ctx, scenario, dealer, seconds, { warmup = false } = {}) {
  await ctx.api.get("/health") // waits while a dev backend restarts
  const state = (await scenario.prepare?.(ctx, dealer)) ?? {}
  const result = await runLoad({
    baseUrl: ctx.target.url,
    connections: ctx.config.connections,
    duration: seconds,
    timeout: ctx.config.timeout,
    makeRequests: (slot) => scenario.requests(ctx, dealer, state, slot),
  })
  const extra = warmup ? null : ((await scenario.inspect?.(ctx, dealer, state)) ?? null)
  return { result, extra }
}

/**
 * Both dealers in turns: BENCH_DURATION seconds each, split into `rounds` runs in the order tier, base, base,
 * tier, … so that drift in the machine's load (and whoever runs first) weighs on both alike. A short
 * unrecorded warm-up precedes every run.
 */
async function runScenario(ctx, scenario) {
  const { config } = ctx
  const seconds = config.duration / config.rounds
  log(`scenario ${scenario.name}: ${scenario.endpoint}`)
  const runs = []
  let warmupFailures = 0
  for (let round = 0; round < config.rounds; round++) {
    const order = round % 2 === 0 ? ["tier", "base"] : ["base", "tier"]
    for (const role of order) {
      const dealer = ctx.dealers[role]
      if (config.warmup > 0) {
        const { result } = await measure(ctx, scenario, dealer, config.warmup, { warmup: true })
        warmupFailures += result.non2xx + result.errors
        for (const s of result.samples) log(`  warm-up (${role}) got ${s.status}: ${s.body}`)
        if (result.errors) log(`  warm-up (${role}): ${result.errors} connection errors (${result.timeouts} timeouts)`)
      }
      const { result, extra } = await measure(ctx, scenario, dealer, seconds)
      runs.push({ round, role, result, extra })
      log(
        `  round ${round + 1} ${role}: ${result.rps} req/s, p50 ${result.latency.p50} ms, p95 ${result.latency.p95} ms, ` +
          `p99 ${result.latency.p99} ms, ${result.non2xx} non-2xx, ${result.errors} errors`
      )
    }
  }
  const merged = (role) => {
    const mine = runs.filter((r) => r.role === role)
    const result = mergeRuns(mine.map((r) => r.result))
    return { ...result, extra: mine.length === 1 ? mine[0].extra : mine.map((r) => r.extra) }
  }
  const tier = merged("tier")
  const base = merged("base")
  const failed = tier.non2xx + tier.errors + base.non2xx + base.errors + warmupFailures
  // Anything here means the figures do not describe the shop's pricing.
  const problems = []
  if (failed) problems.push(`${failed} requests answered non-2xx or failed${warmupFailures ? ` (${warmupFailures} in warm-ups)` : ""}`)
  for (const run of runs) {
    if (!run.result.requests) problems.push(`no ${run.role} request completed within ${seconds} s in round ${run.round + 1}`)
  }
  const fewest = Math.min(tier.requests, base.requests)
  const notes = fewest > 0 && fewest < 100 ? [`only ${fewest} requests for one dealer: p95/p99 are rough, raise BENCH_DURATION`] : []
  return {
    name: scenario.name,
    title: scenario.title,
    endpoint: scenario.endpoint,
    tier,
    base,
    comparison: compare(tier, base, config.target),
    failed_requests: failed,
    warmup_failures: warmupFailures,
    problems,
    notes,
    runs,
  }
}

function gitInfo() {
  const git = (...args) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim()
  try {
    return { commit: git("rev-parse", "HEAD"), dirty: git("status", "--porcelain", "--untracked-files=no").length > 0 }
  } catch {
    return null
  }
}

async function main(config) {
  const supervisor = config.url ? null : new Supervisor()
  try {
    const target = config.url ? runningTarget(config) : await ownTarget(config, supervisor, log)
    log(`target ${target.url}${target.own ? ` (own production stack, database ${target.database})` : ""}`)
    const api = new Api(target.url, { publishableKey: target.publishableKey })
    await api.signInAdmin(target.admin.email, target.admin.password)

    const setupStarted = Date.now()
    const dataset = await ensureDataset(api, config, log)
    const dealers = await ensureDealers(api, config, dataset, log)
    const verified = await verifyPrices(api, dataset, dealers, log)
    const setupSeconds = Math.round((Date.now() - setupStarted) / 1000)

    const scenarios = await loadScenarios(config.scenarios)
    const headers = (dealer) => ({ "x-publishable-api-key": target.publishableKey, authorization: `Bearer ${dealer.token}` })
    const ctx = { api, config, target, dataset, dealers, headers }
    const load = [os.loadavg()[0]]
    const results = []
    for (const scenario of scenarios) {
      const r = await runScenario(ctx, scenario)
      results.push(r)
      console.log(scenarioText(r, config))
      load.push(os.loadavg()[0])
    }

    const report = {
      started_at: new Date(setupStarted).toISOString(),
      finished_at: new Date().toISOString(),
      git: gitInfo(),
      machine: { cpus: os.cpus().length, load_1min: load.map((x) => +x.toFixed(2)), node: process.version },
      target: { url: target.url, own_stack: target.own, database: target.database ?? null },
      config: { ...config, adminPassword: undefined, publishableKey: undefined },
      dataset: {
        products: dataset.products.length,
        variants: dataset.variants.length,
        dealers: config.dealers,
        tier_id: dataset.tierId,
        price_list_id: dataset.priceListId,
        tier_group_id: dataset.tierGroupId,
        base_group_id: dataset.baseGroupId,
        setup_seconds: setupSeconds,
      },
      dealers: Object.fromEntries(Object.entries(dealers).map(([k, d]) => [k, { email: d.email, dealer_id: d.dealerId, group_id: d.groupId }])),
      price_check: verified,
      scenarios: results,
    }
    const file = writeResults(path.resolve(ROOT, config.out), report)
    console.log(summaryText(report))
    console.log(`\nresults: ${path.relative(process.cwd(), file)}`)

    const failed = results.filter((r) => r.problems.length)
    if (failed.length) {
      console.error(`\nFAILED: the bench measured errors, not the shop:`)
      for (const r of failed) console.error(`  ${r.name}: ${r.problems.join("; ")}`)
      return 1
    }
    return 0
  } finally {
    await supervisor?.stop()
  }
}

let config
try {
  config = readConfig()
} catch (e) {
  console.error(e.message)
  process.exit(2)
}
if (config.help) {
  console.log(usage())
  process.exit(0)
}
main(config)
  .then((code) => process.exit(code))
  .catch((e) => {
    console.error(`[bench] ${e.stack || e.message}`)
    process.exit(1)
  })
