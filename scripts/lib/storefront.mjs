import path from "node:path"
import { BIN, STOREFRONT } from "./paths.mjs"
import { isStale, writeStamp } from "./freshness.mjs"
import { run } from "./processes.mjs"
import { info } from "./log.mjs"

const NEXT = path.join(BIN, "next")
const STAMP = path.join(STOREFRONT, ".next", ".dealermall-build")
const SOURCES = ["src", "messages", "public", "next.config.mjs", "tailwind.config.ts", "package.json"].map((p) =>
  path.join(STOREFRONT, p)
)

export async function buildStorefront({ force = false } = {}) {
  if (!force && !isStale(STAMP, SOURCES)) {
    info("storefront build is up to date")
    return
  }
  info("building the storefront (next build)…")
  await run("storefront", NEXT, ["build"], {
    cwd: STOREFRONT,
    env: { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    quiet: true,
  })
  writeStamp(STAMP)
}

/** The publishable key and backend URL are read at request time, so one build serves any backend. */
export function startStorefront(supervisor, { port, backendUrl, publishableKey, dev = false }) {
  return supervisor.start("storefront", NEXT, [dev ? "dev" : "start", "-p", String(port)], {
    cwd: STOREFRONT,
    env: {
      NODE_ENV: dev ? "development" : "production",
      MEDUSA_BACKEND_URL: backendUrl,
      MEDUSA_PUBLISHABLE_KEY: publishableKey,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  })
}
