// Where the bench points: a running stack (BENCH_URL) or a fresh production stack of its own.
import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { DATA } from "../lib/paths.mjs"
import { dropDatabase, ensureDatabase, freePort, splitDatabaseUrl, startEmbeddedPostgres } from "../lib/postgres.mjs"
import { startStack } from "../lib/stack.mjs"

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
  return { url: config.url, publishableKey, admin: { email, password }, own: false }
}

/** The PostgreSQL server: DATABASE_URL's or DB_HOST's, else an embedded one for this run. */
async function databaseServer(config, supervisor, log) {
  if (process.env.DATABASE_URL) return { url: splitDatabaseUrl(process.env.DATABASE_URL).serverUrl, kind: "DATABASE_URL" }
  if (process.env.DB_HOST) {
    const user = encodeURIComponent(process.env.DB_USERNAME || "postgres")
    const pass = process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
    return { url: `postgres://${user}${pass}@${process.env.DB_HOST}:${process.env.DB_PORT || 5432}`, kind: "DB_HOST" }
  }
  const port = await freePort()
  const dir = path.join(DATA, config.keepDb ? "bench-postgres" : `bench-postgres-${process.pid}`)
  log(`starting an embedded PostgreSQL (${path.relative(process.cwd(), dir)})…`)
  const pg = await startEmbeddedPostgres({ dir, port, persistent: config.keepDb })
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

/** Builds, migrates and seeds a production backend on database dealermall_bench and free ports. */
export async function ownTarget(config, supervisor, log) {
  const server = await databaseServer(config, supervisor, log)
  if (!config.keepDb) await dropDatabase(server.url, BENCH_DB)
  await ensureDatabase(server.url, BENCH_DB)
  if (!config.keepDb) supervisor.onStop(() => dropDatabase(server.url, BENCH_DB))

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dealermall-bench-"))
  supervisor.onStop(() => fs.rmSync(tmp, { recursive: true, force: true }))
  const adminPassword = benchAdminPassword(config.keepDb)
  const { backendUrl, state } = await startStack(supervisor, {
    databaseUrl: `${server.url}/${BENCH_DB}`,
    backendPort: await freePort(),
    storefrontPort: await freePort(),
    staticDir: path.join(tmp, "static"),
    privateDir: path.join(tmp, "private"),
    stateFile: path.join(tmp, "state.json"),
    secrets: { jwt: crypto.randomBytes(32).toString("hex"), cookie: crypto.randomBytes(32).toString("hex") },
    extraEnv: { ADMIN_PASSWORD: adminPassword, LOG_LEVEL: process.env.LOG_LEVEL || "warn" },
    backendOnly: true,
  })
  return {
    url: backendUrl,
    publishableKey: state.publishableKey,
    admin: { email: state.admin.email, password: adminPassword },
    own: true,
    database: `${server.kind}/${BENCH_DB}`,
  }
}
