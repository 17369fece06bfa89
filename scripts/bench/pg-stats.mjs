// SQL statements per request: pg_stat_statements' `calls` for the bench database, reset before and read
// after each measured run. Read from the `postgres` database so the bench's own queries are not counted.
import pg from "pg"
import { splitDatabaseUrl } from "../lib/postgres.mjs"

// Statements kept per run in the JSON (by calls and by time), to see where a route's SQL goes.
const TOP = 15
const TX_CONTROL = /^\s*(begin|commit|rollback|savepoint|release|start transaction|set |show |select pg_advisory)/i

export async function openStats(databaseUrl, log) {
  if (!databaseUrl) return unavailable("no database URL (set BENCH_DATABASE_URL with BENCH_URL)")
  const { serverUrl, name } = splitDatabaseUrl(databaseUrl)
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` })
  // The server going away (Ctrl-C stops it first) must not crash the bench before it stops the backend.
  client.on("error", (e) => log(`pg_stat_statements connection: ${e.message}`))
  await client.connect()
  const { rows: settings } = await client.query("SELECT current_setting('shared_preload_libraries') AS libs, version() AS version")
  const version = settings[0].version.split(" on ")[0]
  if (!/pg_stat_statements/.test(settings[0].libs)) {
    await client.end()
    return unavailable(
      `pg_stat_statements is not loaded by the server (${version}); enable it with ` +
        `ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements' and a restart, or use the embedded PostgreSQL`,
      version
    )
  }
  await client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
  const { rows } = await client.query("SELECT oid FROM pg_database WHERE datname = $1", [name])
  const dbid = rows[0].oid
  log(`counting SQL statements with pg_stat_statements (${version}, database ${name})`)

  return {
    available: true,
    version,
    /** Forgets this database's statements (other databases on the server are left alone). */
    async reset() {
      await client.query("SELECT pg_stat_statements_reset(0, $1, 0)", [dbid])
    },
    /** Statements since the last reset: total, without transaction control, and the heaviest queries. */
    async read() {
      const { rows } = await client.query(
        `SELECT queryid::text, calls::int, total_exec_time, rows::int, left(regexp_replace(query, '\\s+', ' ', 'g'), 400) AS query
           FROM pg_stat_statements WHERE dbid = $1 ORDER BY calls DESC`,
        [dbid]
      )
      const calls = rows.reduce((n, r) => n + r.calls, 0)
      const control = rows.filter((r) => TX_CONTROL.test(r.query)).reduce((n, r) => n + r.calls, 0)
      const queries = rows.filter((r) => !TX_CONTROL.test(r.query))
      const top = (key) =>
        [...queries]
          .sort((a, b) => b[key] - a[key])
          .slice(0, TOP)
          .map((r) => ({ calls: r.calls, total_ms: Math.round(r.total_exec_time), rows: r.rows, query: r.query }))
      return { calls, control, top_by_calls: top("calls"), top_by_time: top("total_exec_time") }
    },
    async close() {
      await client.end()
    },
  }
}

function unavailable(reason, version = null) {
  return { available: false, reason, version, reset: async () => {}, read: async () => null, close: async () => {} }
}

/** Adds several reads together (a scenario side is measured in several rounds). */
export function mergeReads(reads) {
  const real = reads.filter(Boolean)
  if (!real.length) return null
  const byQuery = new Map()
  for (const r of real) {
    for (const q of [...r.top_by_calls, ...r.top_by_time]) {
      const had = byQuery.get(q.query)
      if (!had) byQuery.set(q.query, { ...q, seen: new Set([r]) })
      else if (!had.seen.has(r)) {
        had.calls += q.calls
        had.total_ms += q.total_ms
        had.rows += q.rows
        had.seen.add(r)
      }
    }
  }
  const all = [...byQuery.values()].map(({ seen: _s, ...q }) => q)
  return {
    calls: real.reduce((n, r) => n + r.calls, 0),
    control: real.reduce((n, r) => n + r.control, 0),
    top_by_calls: [...all].sort((a, b) => b.calls - a.calls).slice(0, TOP),
    top_by_time: [...all].sort((a, b) => b.total_ms - a.total_ms).slice(0, TOP),
  }
}
