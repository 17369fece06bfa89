import fs from "node:fs"
import path from "node:path"
import { BACKEND, BIN } from "./paths.mjs"
import { backendEnv, buildBackend, linkStaticDir, migrate, seed, startBackend } from "./backend.mjs"
import { buildStorefront, startStorefront } from "./storefront.mjs"
import { run, waitForHttp } from "./processes.mjs"
import { info } from "./log.mjs"

const MEDUSA = path.join(BIN, "medusa")

/**
 * Builds what is stale, migrates and seeds the database, then runs the backend
 * and the storefront under the supervisor. Resolves once both answer.
 */
export async function startStack(supervisor, opts) {
  const { databaseUrl, backendPort, storefrontPort, staticDir, privateDir, stateFile, secrets, dev = false, backendOnly = false } = opts
  const backendUrl = `http://localhost:${backendPort}`
  const storefrontUrl = `http://localhost:${storefrontPort}`
  const env = backendEnv({ databaseUrl, port: backendPort, backendUrl, storefrontUrl, secrets, privateDir, extra: opts.extraEnv })

  let state
  if (dev) {
    // Hot reload: TypeScript sources straight from backend/, admin through Vite.
    const devEnv = { ...env, NODE_ENV: "development" }
    await run("backend", MEDUSA, ["db:migrate"], { cwd: BACKEND, env: devEnv, quiet: true })
    await run("backend", MEDUSA, ["exec", "./src/scripts/seed.ts"], {
      cwd: BACKEND,
      env: { ...devEnv, DEALERMALL_STATE_FILE: stateFile },
      quiet: true,
    })
    state = JSON.parse(fs.readFileSync(stateFile, "utf8"))
    supervisor.start("backend", MEDUSA, ["develop"], { cwd: BACKEND, env: devEnv })
    await waitForHttp(`${backendUrl}/health`, { timeoutMs: 300000 })
  } else {
    await buildBackend()
    linkStaticDir(staticDir)
    // The storefront build needs no database, so it overlaps with migrations and the seed.
    const storefrontBuild = backendOnly ? Promise.resolve() : buildStorefront()
    await migrate(env)
    state = await seed(env, stateFile)
    await storefrontBuild
    const backend = startBackend(supervisor, env)
    await waitForHttp(`${backendUrl}/health`, { isAlive: () => backend.exitCode === null })
  }
  info(`backend ready at ${backendUrl} (admin at ${backendUrl}/app)`)
  if (backendOnly) return { backendUrl, storefrontUrl: null, state }

  const storefront = startStorefront(supervisor, {
    port: storefrontPort,
    backendUrl,
    publishableKey: state.publishableKey,
    dev,
  })
  await waitForHttp(storefrontUrl, { isAlive: () => storefront.exitCode === null, timeoutMs: 300000 })
  info(`storefront ready at ${storefrontUrl}`)
  return { backendUrl, storefrontUrl, state }
}
