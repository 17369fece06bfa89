import fs from "node:fs"
import path from "node:path"
import { BACKEND, BACKEND_BUILD, BIN } from "./paths.mjs"
import { isStale, writeStamp } from "./freshness.mjs"
import { run } from "./processes.mjs"
import { info } from "./log.mjs"

const MEDUSA = path.join(BIN, "medusa")
const STAMP = path.join(BACKEND_BUILD, ".dealermall-build")
const SOURCES = ["src", "medusa-config.ts", "package.json", "tsconfig.json"].map((p) => path.join(BACKEND, p))

/** `medusa build` (server + admin) unless the last build is newer than every source. */
export async function buildBackend({ force = false } = {}) {
  if (!force && !isStale(STAMP, SOURCES)) {
    info("backend build is up to date")
    return
  }
  info("building the backend and the admin dashboard (medusa build)…")
  // The build loads medusa-config.ts but signs nothing: placeholder secrets keep it quiet.
  await run("backend", MEDUSA, ["build"], {
    cwd: BACKEND,
    env: { NODE_ENV: "production", JWT_SECRET: "build", COOKIE_SECRET: "build", MEDUSA_DISABLE_TELEMETRY: "true" },
  })
  writeStamp(STAMP)
}

/**
 * The build folder is replaced by every build, so public uploads live in a
 * folder outside it and the build's static/ points there.
 */
export function linkStaticDir(staticDir) {
  fs.mkdirSync(staticDir, { recursive: true })
  const link = path.join(BACKEND_BUILD, "static")
  fs.rmSync(link, { recursive: true, force: true })
  fs.symlinkSync(staticDir, link, "dir")
}

export function backendEnv({ databaseUrl, port, backendUrl, storefrontUrl, secrets, privateDir, extra = {} }) {
  return {
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    MEDUSA_BACKEND_URL: backendUrl,
    STOREFRONT_URL: storefrontUrl,
    JWT_SECRET: process.env.JWT_SECRET || secrets.jwt,
    COOKIE_SECRET: process.env.COOKIE_SECRET || secrets.cookie,
    PRIVATE_UPLOAD_DIR: process.env.PRIVATE_UPLOAD_DIR || privateDir,
    MEDUSA_DISABLE_TELEMETRY: "true",
    ...extra,
  }
}

export async function migrate(env) {
  info("applying database migrations (medusa db:migrate)…")
  await run("backend", MEDUSA, ["db:migrate"], { cwd: BACKEND_BUILD, env, quiet: true })
}

/** Runs the idempotent demo seed and returns what it wrote to the state file. */
export async function seed(env, stateFile) {
  info("seeding demo data (skipped where present)…")
  fs.rmSync(stateFile, { force: true })
  await run("backend", MEDUSA, ["exec", "./src/scripts/seed.js"], {
    cwd: BACKEND_BUILD,
    env: { ...env, DEALERMALL_STATE_FILE: stateFile },
    quiet: true,
  })
  return JSON.parse(fs.readFileSync(stateFile, "utf8"))
}

export function startBackend(supervisor, env) {
  return supervisor.start("backend", MEDUSA, ["start"], { cwd: BACKEND_BUILD, env })
}
