#!/usr/bin/env node
// `npm test`: every suite (backend unit, backend integration, storefront e2e, cluster) and one total line.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { BACKEND, BIN, DATA, ROOT } from "./lib/paths.mjs"
import { run, Supervisor } from "./lib/processes.mjs"
import { dropDatabase, ensureDatabase, freePort, startEmbeddedPostgres } from "./lib/postgres.mjs"
import { startStack } from "./lib/stack.mjs"
import { startCluster } from "./lib/cluster.mjs"
import { assertRedisUp, redisCommands } from "./lib/redis.mjs"
import { jestTotals, tapTotals } from "./lib/jest-results.mjs"
import { info } from "./lib/log.mjs"

const only = process.argv.slice(2) // e.g. `npm test -- unit integration e2e cluster`
const wanted = (suite) => only.length === 0 || only.includes(suite)
const supervisor = new Supervisor()
const results = []
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dealermall-test-"))

/** The machine's PostgreSQL when DB_HOST or DATABASE_URL says so, else an embedded one for this run. */
async function databaseServer() {
  if (process.env.DATABASE_URL) {
    const u = new URL(process.env.DATABASE_URL)
    u.pathname = ""
    return serverFromUrl(u.toString().replace(/\/$/, ""))
  }
  if (process.env.DB_HOST) {
    const user = process.env.DB_USERNAME || "postgres"
    const pass = process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
    return serverFromUrl(`postgres://${user}${pass}@${process.env.DB_HOST}:${process.env.DB_PORT || 5432}`)
  }
  const port = await freePort()
  const pg = await startEmbeddedPostgres({ dir: path.join(DATA, `test-postgres-${process.pid}`), port, persistent: false })
  supervisor.onStop(pg.stop)
  return serverFromUrl(pg.url)
}

function serverFromUrl(url) {
  const u = new URL(url)
  return {
    url,
    jestEnv: {
      // Medusa's test runner forces TLS for any host but "localhost".
      DB_HOST: u.hostname === "127.0.0.1" ? "localhost" : u.hostname,
      DB_PORT: u.port || "5432",
      DB_USERNAME: decodeURIComponent(u.username || "postgres"),
      DB_PASSWORD: decodeURIComponent(u.password || ""),
    },
  }
}

async function jestSuite(name, testType, env) {
  const out = path.join(tmp, `${name}.json`)
  info(`running ${name} tests…`)
  try {
    await run(name, path.join(BIN, "jest"), ["--runInBand", "--forceExit", "--json", `--outputFile=${out}`], {
      cwd: BACKEND,
      // Uploads of the suites go to a temporary folder, not the backend's own (a running `medusa develop` restarts on them).
      env: { TEST_TYPE: testType, NODE_OPTIONS: "--experimental-vm-modules", DISABLE_MEDUSA_ADMIN: "true", PRIVATE_UPLOAD_DIR: path.join(tmp, "private-uploads"), ...env },
    })
  } catch (e) {
    info(e.message)
  }
  results.push({ name, ...jestTotals(out) })
}

async function e2eSuite(server) {
  const dbName = `dealermall_e2e_${process.pid}`
  await ensureDatabase(server.url, dbName)
  supervisor.onStop(() => dropDatabase(server.url, dbName))
  const backendPort = await freePort()
  const storefrontPort = await freePort()
  const adminPassword = "e2e-" + Math.random().toString(36).slice(2)
  const { backendUrl, storefrontUrl, state } = await startStack(supervisor, {
    databaseUrl: `${server.url}/${dbName}`,
    backendPort,
    storefrontPort,
    staticDir: path.join(tmp, "static"),
    privateDir: path.join(tmp, "private"),
    stateFile: path.join(tmp, "state.json"),
    secrets: { jwt: "e2e-jwt", cookie: "e2e-cookie" },
    extraEnv: { ADMIN_PASSWORD: adminPassword, LOG_LEVEL: process.env.LOG_LEVEL || "warn" },
  })
  info("running e2e tests in chromium…")
  let output = ""
  try {
    output = await run("e2e", process.execPath, ["--test", "--test-concurrency=1", "--test-reporter=tap", "storefront/e2e/"], {
      cwd: ROOT,
      env: {
        STOREFRONT_URL: storefrontUrl,
        MEDUSA_BACKEND_URL: backendUrl,
        MEDUSA_PUBLISHABLE_KEY: state.publishableKey,
        ADMIN_EMAIL: state.admin.email,
        ADMIN_PASSWORD: adminPassword,
        SCREENSHOT_DIR: process.env.SCREENSHOT_DIR || path.join(ROOT, "screenshots"),
      },
    })
  } catch (e) {
    output = e.output || ""
    info(e.message)
  }
  results.push({ name: "e2e", ...tapTotals(output) })
}

/**
 * Redis for the cluster suite: REDIS_URL's server (default the local one) with database index 5
 * (CLUSTER_REDIS_DB), so the suite's queues and locks never mix with a developer's data.
 */
function clusterRedisUrl() {
  const u = new URL(process.env.REDIS_URL || "redis://127.0.0.1:6379")
  u.pathname = `/${process.env.CLUSTER_REDIS_DB || 5}`
  return u.toString()
}

/**
 * Two API servers, a worker and the balancer (scripts/lib/cluster.mjs) on a fresh database and an
 * emptied Redis database, then the cross-process tests in scripts/cluster-tests/. The backend
 * build is the e2e suite's when it ran first (buildBackend skips an up-to-date build).
 */
async function clusterSuite(server) {
  const redisUrl = clusterRedisUrl()
  await assertRedisUp(redisUrl)
  // Jobs, locks and workflow state left by an earlier run would act on this run's processes.
  await redisCommands(redisUrl, [["FLUSHDB"]])
  const dbName = `dealermall_cluster_${process.pid}`
  await ensureDatabase(server.url, dbName)
  supervisor.onStop(() => dropDatabase(server.url, dbName))
  const adminPassword = "cluster-" + Math.random().toString(36).slice(2)
  const logDir = path.join(tmp, "cluster-logs")
  const balancerPort = await freePort()
  const cluster = await startCluster(supervisor, {
    databaseUrl: `${server.url}/${dbName}`,
    redisUrl,
    serverPorts: [await freePort(), await freePort()],
    workerPort: await freePort(),
    balancerPort,
    publicUrl: `http://localhost:${balancerPort}`,
    storefrontUrl: "http://localhost:8000",
    staticDir: path.join(tmp, "cluster-static"),
    privateDir: path.join(tmp, "cluster-private"),
    stateFile: path.join(tmp, "cluster-state.json"),
    secrets: { jwt: "cluster-jwt", cookie: "cluster-cookie" },
    // info: the local notification provider logs each send, which shows which process sent it.
    extraEnv: { ADMIN_PASSWORD: adminPassword, LOG_LEVEL: "info" },
    backendOnly: true,
    logDir,
    quiet: true,
  })
  info("running cluster tests…")
  let output = ""
  try {
    output = await run("cluster", process.execPath, ["--test", "--test-concurrency=1", "--test-reporter=tap", "scripts/cluster-tests/"], {
      cwd: ROOT,
      env: {
        CLUSTER_SERVERS: cluster.servers.join(","),
        CLUSTER_BALANCER: cluster.balancer,
        CLUSTER_WORKER: cluster.worker,
        CLUSTER_LOG_DIR: logDir,
        CLUSTER_DATABASE_URL: `${server.url}/${dbName}`,
        MEDUSA_PUBLISHABLE_KEY: cluster.state.publishableKey,
        ADMIN_EMAIL: cluster.state.admin.email,
        ADMIN_PASSWORD: adminPassword,
      },
    })
  } catch (e) {
    output = e.output || ""
    info(e.message)
  }
  results.push({ name: "cluster", ...tapTotals(output) })
}

async function main() {
  const server = await databaseServer()
  if (wanted("unit")) await jestSuite("unit", "unit", {})
  if (wanted("integration")) await jestSuite("integration", "integration:http", server.jestEnv)
  if (wanted("e2e")) {
    try {
      await e2eSuite(server)
    } catch (e) {
      info(`e2e set-up failed: ${e.message}`)
      results.push({ name: "e2e", passed: 0, failed: 1 })
    }
  }
  if (wanted("cluster")) {
    const started = Date.now()
    try {
      await clusterSuite(server)
    } catch (e) {
      info(`cluster set-up failed: ${e.message}`)
      results.push({ name: "cluster", passed: 0, failed: 1, note: e.message })
    }
    info(`cluster suite took ${Math.round((Date.now() - started) / 1000)}s`)
  }
}

let exitCode = 1
try {
  await main()
} catch (e) {
  info(`test run failed: ${e.stack || e.message}`)
  results.push({ name: "set-up", passed: 0, failed: 1 })
} finally {
  await supervisor.stop()
  fs.rmSync(tmp, { recursive: true, force: true })
  const passed = results.reduce((n, r) => n + r.passed, 0)
  const failed = results.reduce((n, r) => n + r.failed, 0)
  for (const r of results) info(`${r.name}: ${r.passed} passed, ${r.failed} failed${r.note ? ` (${r.note})` : ""}`)
  if (process.env.DEALERMALL_TEST_SUMMARY) {
    fs.writeFileSync(process.env.DEALERMALL_TEST_SUMMARY, JSON.stringify({ passed, failed, results }))
  }
  console.log(`${passed} passed, ${failed} failed`)
  exitCode = failed === 0 && passed > 0 ? 0 : 1
}
process.exit(exitCode)
