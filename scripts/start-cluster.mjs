#!/usr/bin/env node
// `npm run start:cluster`: the product as several processes on one machine, the way it is
// deployed on several hosts: two API servers and one worker sharing PostgreSQL and Redis,
// a round-robin balancer on PORT in front of the servers, and the storefront.
import fs from "node:fs"
import path from "node:path"
import { BACKEND, DATA } from "./lib/paths.mjs"
import { Supervisor } from "./lib/processes.mjs"
import { ensureDatabase, portIsFree, splitDatabaseUrl } from "./lib/postgres.mjs"
import { assertRedisUp } from "./lib/redis.mjs"
import { localSecrets } from "./lib/secrets.mjs"
import { startCluster } from "./lib/cluster.mjs"
import { info } from "./lib/log.mjs"

const backendOnly = process.argv.includes("--backend-only")
const port = Number(process.env.PORT || 9000)
const storefrontPort = Number(process.env.STOREFRONT_PORT || 8000)
// Internal ports: the servers behind the balancer, then the worker (which answers only /health).
const serverPorts = [port + 1, port + 2]
const workerPort = port + 3
const supervisor = new Supervisor()

async function main() {
  // Several processes cannot share an embedded database or in-memory events, locks and workflows.
  const missing = ["DATABASE_URL", "REDIS_URL"].filter((name) => !process.env[name])
  if (missing.length) {
    throw new Error(
      `start:cluster needs ${missing.join(" and ")}: several processes must share one PostgreSQL (DATABASE_URL) and one Redis (REDIS_URL), ` +
        `e.g. DATABASE_URL=postgres://postgres@localhost:5432/dealermall REDIS_URL=redis://localhost:6379 npm run start:cluster`
    )
  }
  const ports = [port, ...serverPorts, workerPort, ...(backendOnly ? [] : [storefrontPort])]
  for (const p of ports) {
    if (!(await portIsFree(p))) throw new Error(`port ${p} is already in use (start:cluster uses PORT ${port} to ${workerPort}${backendOnly ? "" : ` and ${storefrontPort}`})`)
  }
  await assertRedisUp(process.env.REDIS_URL)
  const { serverUrl, name } = splitDatabaseUrl(process.env.DATABASE_URL)
  await ensureDatabase(serverUrl, name || "dealermall")

  const publicUrl = process.env.MEDUSA_BACKEND_URL || `http://localhost:${port}`
  const storefrontUrl = process.env.STOREFRONT_URL || `http://localhost:${storefrontPort}`
  const legacyUploads = path.join(BACKEND, "private-uploads")
  const cluster = await startCluster(supervisor, {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl: process.env.REDIS_URL,
    serverPorts,
    workerPort,
    balancerPort: port,
    storefrontPort,
    publicUrl,
    storefrontUrl,
    // One folder on this machine; on several hosts uploads need shared storage (see the README).
    staticDir: path.join(BACKEND, "static"),
    privateDir: fs.existsSync(legacyUploads) ? legacyUploads : path.join(DATA, "private-uploads"),
    stateFile: path.join(DATA, "state.json"),
    secrets: localSecrets(DATA),
    backendOnly,
    // Optional: each backend process's output also in <dir>/<server-1|server-2|worker>.log.
    logDir: process.env.CLUSTER_LOG_DIR || undefined,
  })

  // The staff password is generated only when the seed creates the user: keep it as npm start does.
  const admin = cluster.state.admin
  const credentialsFile = path.join(DATA, "admin-credentials.txt")
  if (admin.password) fs.writeFileSync(credentialsFile, `${admin.email}\n${admin.password}\n`, { mode: 0o600 })
  const saved = fs.existsSync(credentialsFile) ? fs.readFileSync(credentialsFile, "utf8").split("\n") : []
  const password = admin.password || (saved[0] === admin.email ? saved[1] : "(set when the user was created; see ADMIN_PASSWORD)")
  info("")
  info("DealerMall is running as a cluster. Ctrl-C stops everything.")
  if (cluster.storefront) info(`  storefront 订货商城   ${storefrontUrl}`)
  info(`  balancer             ${publicUrl} (admin ${publicUrl}/app, store API ${publicUrl}/store)`)
  cluster.servers.forEach((url, i) => info(`  API server ${i + 1}         ${url}`))
  info(`  worker               ${cluster.worker} (GET /health only)`)
  info(`  staff login          ${admin.email} / ${password}`)
  info(`  publishable key      ${cluster.state.publishableKey}`)
}

main().catch(async (err) => {
  console.error(`[dealermall] ${err.message}`)
  await supervisor.stop("start-up failed")
  process.exit(1)
})
