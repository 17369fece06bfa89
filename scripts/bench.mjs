#!/usr/bin/env node
// `npm run bench`: our dealer and staff paths against the closest stock Medusa requests, in the same run, with
// SQL statements per request. Settings: `npm run bench -- --help`. Scenarios: scripts/bench/scenarios/*.mjs.
// Figures: bench-results/<time>.md and .json, and BENCH.md after a full-size run.
import { createRequire } from "node:module"
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { BACKEND, ROOT } from "./lib/paths.mjs"
import { Supervisor } from "./lib/processes.mjs"
import { prefixed } from "./lib/log.mjs"
import { FULL_SIZE, readConfig, usage } from "./bench/config.mjs"
import { Api } from "./bench/api.mjs"
import { ownTarget, runningTarget } from "./bench/target.mjs"
import { ensureDataset } from "./bench/dataset.mjs"
import { ensureDealers } from "./bench/dealers.mjs"
import { verifyPrices } from "./bench/verify.mjs"
import { ensurePastOrders } from "./bench/orders.mjs"
import { openStats } from "./bench/pg-stats.mjs"
import { runScenario } from "./bench/run.mjs"
import { compare, markdownReport, updateBenchMd, writeResults } from "./bench/report.mjs"

const say = prefixed("bench")
const log = (msg) => say(msg + "\n")
const SCENARIO_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "bench", "scenarios")
const IDLE_SECONDS = 5

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

function gitInfo() {
  const git = (...args) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim()
  try {
    return { commit: git("rev-parse", "HEAD"), dirty: git("status", "--porcelain", "--untracked-files=no").length > 0 }
  } catch {
    return null
  }
}

function medusaVersion() {
  try {
    return createRequire(path.join(BACKEND, "package.json"))("@medusajs/medusa/package.json").version
  } catch {
    return "?"
  }
}

/** Statements per second the backend runs with nobody calling it (jobs, workflow polling), to subtract. */
async function idleRate(stats) {
  if (!stats.available) return 0
  await stats.reset()
  await new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000))
  const read = await stats.read()
  return read.calls / IDLE_SECONDS
}

/** The command that reproduces this run: the settings that differ from the defaults. */
function commandLine(config) {
  const env = Object.entries(config.changed).map(([k, v]) => `${k}=${v}`)
  return [...env, "npm run bench"].join(" ")
}

async function main(config) {
  const supervisor = config.url ? null : new Supervisor()
  let stats
  try {
    const loadBefore = os.loadavg()[0]
    const target = config.url ? runningTarget(config) : await ownTarget(config, supervisor, log)
    log(`target ${target.url}${target.own ? ` (own production stack, database ${target.database})` : ""}`)
    const api = new Api(target.url, { publishableKey: target.publishableKey })
    await api.signInAdmin(target.admin.email, target.admin.password)
    stats = await openStats(target.databaseUrl, log)
    if (!stats.available) log(`SQL statements are not counted: ${stats.reason}`)

    const setupStarted = Date.now()
    const dataset = await ensureDataset(api, config, log)
    const dealers = await ensureDealers(api, config, dataset, log)
    const verified = await verifyPrices(api, dataset, dealers, log)
    const orders = await ensurePastOrders({ target, config, dataset, log })
    const setupSeconds = Math.round((Date.now() - setupStarted) / 1000)

    const scenarios = await loadScenarios(config.scenarios)
    const headers = (dealer) => ({ "x-publishable-api-key": target.publishableKey, authorization: `Bearer ${dealer.token}` })
    const ctx = { api, config, target, dataset, dealers, headers, stats, log, pools: { review: [], pay: [] } }
    ctx.idlePerSecond = await idleRate(stats)
    log(`idle backend: ${ctx.idlePerSecond.toFixed(2)} SQL statements/s`)

    const load = [os.loadavg()[0]]
    const results = []
    for (const scenario of scenarios) {
      const r = await runScenario(ctx, scenario)
      r.comparison = compare(r)
      results.push(r)
      load.push(os.loadavg()[0])
    }

    const report = {
      started_at: new Date(setupStarted).toISOString(),
      finished_at: new Date().toISOString(),
      command: commandLine(config),
      git: gitInfo(),
      medusa: medusaVersion(),
      machine: {
        cpus: os.cpus().length,
        cpu_model: os.cpus()[0]?.model?.trim() ?? "?",
        memory_gb: Math.round(os.totalmem() / 2 ** 30),
        load_before_setup: +loadBefore.toFixed(2),
        load_1min: load.map((x) => +x.toFixed(2)),
        node: process.version,
      },
      database: { version: stats.version, stats: stats.available, reason: stats.reason ?? null, idle_per_second: +ctx.idlePerSecond.toFixed(3) },
      target: { url: target.url, own_stack: target.own, database: target.database ?? null, type_errors: !!target.type_errors },
      config: { ...config, adminPassword: undefined, publishableKey: undefined, changed: undefined },
      dataset: {
        products: dataset.products.length,
        variants: dataset.variants.length,
        dealers: config.dealers,
        orders,
        tier_id: dataset.tierId,
        price_list_id: dataset.priceListId,
        setup_seconds: setupSeconds,
      },
      price_check: verified,
      scenarios: results,
    }
    const markdown = markdownReport(report)
    const files = writeResults(path.resolve(ROOT, config.out), report, markdown)
    console.log("\n" + markdown)
    console.log(`results: ${path.relative(process.cwd(), files.md)}, ${path.relative(process.cwd(), files.json)}`)

    const full = config.dealers >= FULL_SIZE.dealers && config.products >= FULL_SIZE.products && config.orders >= FULL_SIZE.orders
    const everything = !config.scenarios
    if (config.doc === "always" || (config.doc === "auto" && full && everything)) {
      updateBenchMd(path.join(ROOT, "BENCH.md"), markdown)
      log("BENCH.md: figures replaced")
    } else {
      log(`BENCH.md left as it is (${config.doc === "never" ? "BENCH_DOC=never" : "not a full-size run of every scenario"})`)
    }

    const failed = results.filter((r) => r.problems.length)
    if (failed.length) {
      console.error(`\nFAILED: some figures measured errors, not the shop:`)
      for (const r of failed) console.error(`  ${r.name}: ${r.problems.join("; ")}`)
      return 1
    }
    return 0
  } finally {
    await stats?.close()
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
