#!/usr/bin/env node
// `npm test`: every suite (backend unit, backend integration, storefront e2e) and one total line.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { BACKEND, BIN, DATA, ROOT } from "./lib/paths.mjs"
import { run, Supervisor } from "./lib/processes.mjs"
import { dropDatabase, ensureDatabase, freePort, startEmbeddedPostgres } from "./lib/postgres.mjs"
import { startStack } from "./lib/stack.mjs"
import { jestTotals, tapTotals } from "./lib/jest-results.mjs"
import { info } from "./lib/log.mjs"

const only = process.argv.slice(2) // e.g. `npm test -- unit integration e2e`
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
