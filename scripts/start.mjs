#!/usr/bin/env node
// `npm start` (built, production mode) and `npm run dev` (hot reload): the whole product in one command.
import fs from "node:fs"
import path from "node:path"
import { BACKEND, DATA } from "./lib/paths.mjs"
import { Supervisor } from "./lib/processes.mjs"
import { ensureDatabase, portIsFree, splitDatabaseUrl, startEmbeddedPostgres } from "./lib/postgres.mjs"
import { localSecrets } from "./lib/secrets.mjs"
import { startStack } from "./lib/stack.mjs"
import { info } from "./lib/log.mjs"

const dev = process.argv.includes("--dev")
// For working on the storefront with `next dev` against a running API.
const backendOnly = process.argv.includes("--backend-only")
const backendPort = Number(process.env.PORT || 9000)
const storefrontPort = Number(process.env.STOREFRONT_PORT || 8000)
const supervisor = new Supervisor()

async function database() {
  if (process.env.DATABASE_URL) {
    const { serverUrl, name } = splitDatabaseUrl(process.env.DATABASE_URL)
    await ensureDatabase(serverUrl, name || "dealermall")
    return process.env.DATABASE_URL
  }
  const port = Number(process.env.EMBEDDED_PG_PORT || 54320)
  if (!(await portIsFree(port))) {
    throw new Error(`port ${port} for the embedded PostgreSQL is taken; set EMBEDDED_PG_PORT or DATABASE_URL`)
  }
  const pg = await startEmbeddedPostgres({ dir: path.join(DATA, "postgres"), port })
  supervisor.onStop(pg.stop)
  await ensureDatabase(pg.url, "dealermall")
  return `${pg.url}/dealermall`
}

/**
 * Private files (licences, remittance slips) live under .data, outside the
 * backend folder that `medusa develop` watches (an upload there restarts it).
 * Installs from before keep their old folder.
 */
function privateUploadDir() {
  const legacy = path.join(BACKEND, "private-uploads")
  return fs.existsSync(legacy) ? legacy : path.join(DATA, "private-uploads")
}

async function main() {
  for (const port of backendOnly ? [backendPort] : [backendPort, storefrontPort]) {
    if (!(await portIsFree(port))) throw new Error(`port ${port} is already in use`)
  }
  const databaseUrl = await database()
  const stateFile = path.join(DATA, "state.json")
  const { backendUrl, storefrontUrl, state } = await startStack(supervisor, {
    databaseUrl,
    backendPort,
    storefrontPort,
    staticDir: path.join(BACKEND, "static"),
    privateDir: privateUploadDir(),
    stateFile,
    secrets: localSecrets(DATA),
    dev,
    backendOnly,
  })
  const admin = state.admin
  const credentialsFile = path.join(DATA, "admin-credentials.txt")
  if (admin.password) {
    fs.writeFileSync(credentialsFile, `${admin.email}\n${admin.password}\n`, { mode: 0o600 })
  }
  const saved = fs.existsSync(credentialsFile) ? fs.readFileSync(credentialsFile, "utf8").split("\n") : []
  const password = admin.password || (saved[0] === admin.email ? saved[1] : "(set when the user was created; see ADMIN_PASSWORD)")
  info("")
  info("DealerMall is running. Ctrl-C stops everything.")
  if (storefrontUrl) info(`  storefront 订货商城   ${storefrontUrl}`)
  info(`  admin 管理后台        ${backendUrl}/app`)
  info(`  staff login          ${admin.email} / ${password}`)
  info(`  store API            ${backendUrl}/store (publishable key ${state.publishableKey})`)
}

main().catch(async (err) => {
  console.error(`[dealermall] ${err.stack || err.message}`)
  await supervisor.stop("start-up failed")
  process.exit(1)
})
