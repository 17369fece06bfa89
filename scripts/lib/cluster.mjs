// Several backend processes sharing one PostgreSQL and one Redis: two API servers
// (MEDUSA_WORKER_MODE=server), one worker (MEDUSA_WORKER_MODE=worker) and a balancer in front.
// Medusa's own `medusa start --cluster` caps servers + workers at the CPU count, so on a
// two-core machine it cannot run 2 + 1; hence separate `medusa start` processes.
import fs from "node:fs"
import path from "node:path"
import { BACKEND_BUILD, BIN } from "./paths.mjs"
import { backendEnv, buildBackend, linkStaticDir, migrate, seed } from "./backend.mjs"
import { buildStorefront, startStorefront } from "./storefront.mjs"
import { startBalancer } from "./balancer.mjs"
import { waitForHttp } from "./processes.mjs"
import { prefixed, info } from "./log.mjs"

const MEDUSA = path.join(BIN, "medusa")

/**
 * Builds what is stale, migrates and seeds, then starts one API server per `serverPorts` entry,
 * one worker on `workerPort` and the balancer on `balancerPort`, and the storefront
 * unless `backendOnly`. Resolves once all answer.
 *
 * A worker-mode process loads no routes, but `medusa start` still listens on PORT and
 * answers GET /health (everything else is 404), so the worker gets its own internal
 * port: that is how its liveness is checked.
 *
 * `logDir`: each backend process's output is also written to <logDir>/<name>.log (the
 * cluster tests read them to see which process did what); with `quiet`, only warnings,
 * errors and anything that is not a log line reach the terminal.
 */
export async function startCluster(supervisor, opts) {
  const { databaseUrl, redisUrl, serverPorts, workerPort, balancerPort, storefrontPort, publicUrl, storefrontUrl } = opts
  const { staticDir, privateDir, stateFile, secrets, extraEnv = {}, backendOnly = false, logDir, quiet = false } = opts
  const env = (port, mode) => ({
    ...backendEnv({ databaseUrl, port, backendUrl: publicUrl, storefrontUrl, secrets, privateDir, extra: extraEnv }),
    REDIS_URL: redisUrl,
    MEDUSA_WORKER_MODE: mode,
    // The admin dashboard is served by the API servers; a worker serves no routes at all.
    ...(mode === "worker" ? { DISABLE_MEDUSA_ADMIN: "true" } : {}),
  })

  await buildBackend()
  linkStaticDir(staticDir)
  const storefrontBuild = backendOnly ? Promise.resolve() : buildStorefront()
  // Migrations and the seed run once, before any server, like a release step of a deployment.
  // Server mode (what `medusa exec` forces anyway): events they emit wait in Redis for the worker.
  await migrate(env(serverPorts[0], "server"))
  const state = await seed(env(serverPorts[0], "server"), stateFile)
  await storefrontBuild

  if (logDir) fs.mkdirSync(logDir, { recursive: true })
  const processes = [
    ...serverPorts.map((port, i) => ({ name: `server-${i + 1}`, port, mode: "server" })),
    { name: "worker", port: workerPort, mode: "worker" },
  ]
  for (const p of processes) {
    p.child = supervisor.start(p.name, MEDUSA, ["start"], { cwd: BACKEND_BUILD, env: env(p.port, p.mode) })
    if (logDir) teeOutput(p.child, p.name, path.join(logDir, `${p.name}.log`), quiet)
    p.url = `http://127.0.0.1:${p.port}`
  }
  // Three Medusa processes loading at once on two cores take a while.
  await Promise.all(processes.map((p) => waitForHttp(`${p.url}/health`, { timeoutMs: 300000, isAlive: () => p.child.exitCode === null })))
  for (const p of processes) info(`${p.name} (${p.mode} mode) ready on ${p.url}`)

  const servers = processes.filter((p) => p.mode === "server")
  const balancer = await startBalancer({ port: balancerPort, backends: servers.map((p) => p.url) })
  supervisor.onStop(balancer.close)
  info(`balancer on http://localhost:${balancer.port} → ${servers.map((p) => p.url).join(", ")}`)

  let storefront = null
  if (!backendOnly) {
    const child = startStorefront(supervisor, { port: storefrontPort, backendUrl: publicUrl, publishableKey: state.publishableKey })
    await waitForHttp(storefrontUrl, { isAlive: () => child.exitCode === null, timeoutMs: 300000 })
    storefront = storefrontUrl
    info(`storefront ready at ${storefrontUrl}`)
  }
  return {
    state,
    servers: servers.map((p) => p.url),
    worker: processes.find((p) => p.mode === "worker").url,
    balancer: `http://127.0.0.1:${balancer.port}`,
    storefront,
  }
}

// Medusa logs JSON lines with a level in production; anything else (a crash's stack trace) is shown.
// Core warns on every checkout that the pay-after-review provider keeps no account holders: expected.
const NOISE = /does not support creating account holders/
const loud = (line) => line.trim() !== "" && !NOISE.test(line) && (line.includes('"level":') ? /"level":"(warn|error)"/.test(line) : true)

/** Copies a child's output to a file as well; in quiet mode the terminal gets only warnings, errors and non-log output. */
function teeOutput(child, name, file, quiet) {
  const stream = fs.createWriteStream(file, { flags: "a" })
  const print = prefixed(name)
  for (const source of [child.stdout, child.stderr]) {
    // The supervisor prints every line; quiet mode replaces that with a filtered printer.
    if (quiet) source.removeAllListeners("data")
    let pending = ""
    source.on("data", (chunk) => {
      stream.write(chunk)
      if (!quiet) return
      const lines = (pending + chunk.toString()).split("\n")
      pending = lines.pop()
      const shown = lines.filter(loud)
      if (shown.length) print(shown.join("\n") + "\n")
    })
  }
  child.on("exit", () => stream.end())
}
