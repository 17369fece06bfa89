// Where the bench points: a running stack (BENCH_URL) or a fresh production stack of its own.
import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { BACKEND_BUILD, DATA } from "../lib/paths.mjs"
import { writeStamp } from "../lib/freshness.mjs"
import { dropDatabase, ensureDatabase, freePort, splitDatabaseUrl } from "../lib/postgres.mjs"
import { buildBackend } from "../lib/backend.mjs"
import { startStack } from "../lib/stack.mjs"
import { startStatsPostgres } from "./postgres.mjs"

export const BENCH_DB = "dealermall_bench"

/** A running stack: the key and staff login come from the settings or from what `npm start` saved. */
export function runningTarget(config) {
  let publishableKey = config.publishableKey
  if (!publishableKey) {
    const stateFile = path.join(DATA, "state.json")
    if (!fs.existsSync(stateFile)) throw new Error("set BENCH_PUBLISHABLE_KEY (no .data/state.json to read it from)")
    publishableKey = JSON.parse(fs.readFileSync(stateFile, "utf8")).publishableKey
  }
  let email = config.adminEmail
  let password = config.adminPassword
  if (!email || !password) {
    const file = path.join(DATA, "admin-credentials.txt")
    if (!fs.existsSync(file)) throw new Error("set BENCH_ADMIN_EMAIL and BENCH_ADMIN_PASSWORD (no .data/admin-credentials.txt)")
    const [savedEmail, savedPassword] = fs.readFileSync(file, "utf8").split("\n")
    email ||= savedEmail
    password ||= savedPassword
  }
  // Past orders and SQL counts need the database itself: BENCH_DATABASE_URL (…/dbname) of that stack.
  const databaseUrl = process.env.BENCH_DATABASE_URL || null
  return {
    url: config.url,
    publishableKey,
    admin: { email, password },
    own: false,
    databaseUrl,
    database: databaseUrl ? splitDatabaseUrl(databaseUrl).name : null,
    execEnv: databaseUrl ? { NODE_ENV: "production", DATABASE_URL: databaseUrl, JWT_SECRET: "bench", COOKIE_SECRET: "bench", LOG_LEVEL: "info" } : null,
  }
}

/** The PostgreSQL server: DATABASE_URL's or DB_HOST's, else an embedded one with pg_stat_statements loaded. */
async function databaseServer(config, supervisor, log) {
  if (process.env.DATABASE_URL) return { url: splitDatabaseUrl(process.env.DATABASE_URL).serverUrl, kind: "DATABASE_URL" }
  if (process.env.DB_HOST) {
    const user = encodeURIComponent(process.env.DB_USERNAME || "postgres")
    const pass = process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
    return { url: `postgres://${user}${pass}@${process.env.DB_HOST}:${process.env.DB_PORT || 5432}`, kind: "DB_HOST" }
  }
  const port = await freePort()
  const dir = path.join(DATA, config.keepDb ? "bench-postgres" : `bench-postgres-${process.pid}`)
  log(`starting an embedded PostgreSQL with pg_stat_statements (${path.relative(process.cwd(), dir)})…`)
  const pg = await startStatsPostgres({ dir, port, persistent: config.keepDb })
  supervisor.onStop(pg.stop)
  return { url: pg.url, kind: "embedded" }
}

/** A kept database keeps its staff user, so its password is kept too (git-ignored .data/). */
function benchAdminPassword(keep) {
  const file = path.join(DATA, "bench-admin-password")
  if (keep && fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim()
  const password = "bench-" + crypto.randomBytes(9).toString("base64url")
  if (keep) {
    fs.mkdirSync(DATA, { recursive: true })
    fs.writeFileSync(file, password + "\n", { mode: 0o600 })
  }
  return password
}

/**
 * `medusa build` exits 1 on TypeScript errors although it emits the server. With BENCH_ALLOW_TYPE_ERRORS a
 * bench may measure such a build (e.g. while someone has unfinished files in the tree); the results say so.
 */
async function build(config, log) {
  try {
    await buildBackend()
    return { type_errors: false }
  } catch (e) {
    const typeErrorsOnly = /Backend build completed with errors/.test(e.output ?? "") && !/Frontend build failed|Error: /.test(e.output ?? "")
    if (!config.allowTypeErrors || !typeErrorsOnly) throw e
    log("WARNING: the backend has TypeScript errors; measuring the emitted build anyway (BENCH_ALLOW_TYPE_ERRORS)")
    // Marks this build current, so the stack's own build step does not run (and fail) again.
    writeStamp(path.join(BACKEND_BUILD, ".dealermall-build"))
    return { type_errors: true }
  }
}

/** Builds, migrates and seeds a production backend on database dealermall_bench and free ports. */
export async function ownTarget(config, supervisor, log) {
  const server = await databaseServer(config, supervisor, log)
  if (!config.keepDb) await dropDatabase(server.url, BENCH_DB)
  await ensureDatabase(server.url, BENCH_DB)
  if (!config.keepDb) supervisor.onStop(() => dropDatabase(server.url, BENCH_DB))

  const built = await build(config, log)
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dealermall-bench-"))
  supervisor.onStop(() => fs.rmSync(tmp, { recursive: true, force: true }))
  const adminPassword = benchAdminPassword(config.keepDb)
  const secrets = { jwt: crypto.randomBytes(32).toString("hex"), cookie: crypto.randomBytes(32).toString("hex") }
  const databaseUrl = `${server.url}/${BENCH_DB}`
  const extraEnv = { ADMIN_PASSWORD: adminPassword, LOG_LEVEL: process.env.LOG_LEVEL || "warn" }
  const { backendUrl, state } = await startStack(supervisor, {
    databaseUrl,
    backendPort: await freePort(),
    storefrontPort: await freePort(),
    staticDir: path.join(tmp, "static"),
    privateDir: path.join(tmp, "private"),
    stateFile: path.join(tmp, "state.json"),
    secrets,
    extraEnv,
    backendOnly: true,
  })
  return {
    url: backendUrl,
    publishableKey: state.publishableKey,
    admin: { email: state.admin.email, password: adminPassword },
    own: true,
    database: `${server.kind}/${BENCH_DB}`,
    databaseUrl,
    type_errors: built.type_errors,
    // For `medusa exec` scripts against the same database (the bench's past orders).
    execEnv: { NODE_ENV: "production", DATABASE_URL: databaseUrl, JWT_SECRET: secrets.jwt, COOKIE_SECRET: secrets.cookie, LOG_LEVEL: "info", MEDUSA_DISABLE_TELEMETRY: "true" },
  }
}
