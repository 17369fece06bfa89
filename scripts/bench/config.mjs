// Bench settings from flags (`npm run bench -- --products 5000`) or environment variables (BENCH_PRODUCTS=5000).
const SETTINGS = {
  url: { env: "BENCH_URL", default: "", help: "backend URL of a running stack; unset: start a production stack of its own" },
  publishableKey: { env: "BENCH_PUBLISHABLE_KEY", default: "", help: "publishable key (BENCH_URL only; default from .data/state.json)" },
  adminEmail: { env: "BENCH_ADMIN_EMAIL", default: "", help: "staff login (BENCH_URL only; default from .data/admin-credentials.txt)" },
  adminPassword: { env: "BENCH_ADMIN_PASSWORD", default: "", help: "staff password (BENCH_URL only)" },
  products: { env: "BENCH_PRODUCTS", default: 5000, number: true, help: "bench products" },
  variants: { env: "BENCH_VARIANTS", default: 2, number: true, help: "variants per bench product" },
  dealers: { env: "BENCH_DEALERS", default: 200, number: true, help: "bench dealers (at least 12: 2 measured, 10 buyers)" },
  orders: { env: "BENCH_ORDERS", default: 50000, number: true, help: "past orders of the bench dealers over the last 12 months" },
  duration: { env: "BENCH_DURATION", default: 20, number: true, help: "measured seconds per scenario and side (ours, stock)" },
  connections: { env: "BENCH_CONNECTIONS", default: 10, number: true, help: "concurrent connections on dealer paths" },
  staffConnections: { env: "BENCH_STAFF_CONNECTIONS", default: 5, number: true, help: "concurrent connections on staff paths" },
  buyers: { env: "BENCH_BUYERS", default: 5, number: true, help: "concurrent buyers placing orders (submit order)" },
  pool: { env: "BENCH_POOL", default: 100, number: true, help: "fresh orders for the approve and pay scenarios (made through the real submit flow)" },
  warmup: { env: "BENCH_WARMUP", default: 2, number: true, help: "seconds of unrecorded load before each measured read run" },
  rounds: { env: "BENCH_ROUNDS", default: 2, number: true, help: "runs each side's duration is split into, in the order ours, stock, stock, ours, …" },
  carts: { env: "BENCH_CARTS", default: 20, number: true, help: "carts per dealer for the add-to-cart scenario" },
  scenarios: { env: "BENCH_SCENARIOS", default: "", help: "comma-separated scenario names (default: all)" },
  keepDb: { env: "BENCH_KEEP_DB", default: false, boolean: true, help: "own stack: keep dealermall_bench and its embedded server in .data/ (and reuse them next time)" },
  allowTypeErrors: { env: "BENCH_ALLOW_TYPE_ERRORS", default: false, boolean: true, help: "measure a backend whose build has TypeScript errors (the results say so)" },
  doc: { env: "BENCH_DOC", default: "auto", help: "BENCH.md: auto (rewrite after a full-size run of every scenario), always, never" },
  out: { env: "BENCH_OUT", default: "bench-results", help: "folder for the Markdown and JSON results" },
}

/** The full size; BENCH.md is rewritten only by a run of at least this size. */
export const FULL_SIZE = { dealers: 200, products: 5000, orders: 50000 }

const flagName = (key) => key.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase())

export function usage() {
  const lines = ["npm run bench [-- --flag value …]", ""]
  for (const [key, s] of Object.entries(SETTINGS)) {
    lines.push(`  --${flagName(key).padEnd(18)} ${s.env.padEnd(24)} ${s.help} (default: ${s.default === "" ? "none" : s.default})`)
  }
  return lines.join("\n")
}

export function readConfig(argv = process.argv.slice(2), env = process.env) {
  const flags = {}
  for (let i = 0; i < argv.length; i++) {
    const m = argv[i].match(/^--([a-z-]+)(?:=(.*))?$/)
    if (!m) throw new Error(`unexpected argument ${argv[i]}\n\n${usage()}`)
    if (m[1] === "help") return { help: true }
    const key = Object.keys(SETTINGS).find((k) => flagName(k) === m[1])
    if (!key) throw new Error(`unknown flag --${m[1]}\n\n${usage()}`)
    if (m[2] !== undefined) flags[key] = m[2]
    else if (SETTINGS[key].boolean) flags[key] = "true"
    else flags[key] = argv[++i]
  }
  const config = { changed: {} }
  for (const [key, s] of Object.entries(SETTINGS)) {
    const raw = flags[key] ?? env[s.env]
    if (raw !== undefined && raw !== "" && !/PASSWORD|KEY/.test(s.env)) config.changed[s.env] = raw
    if (raw === undefined || raw === "") {
      config[key] = s.default
    } else if (s.number) {
      const n = Number(raw)
      if (!Number.isFinite(n) || n < 0) throw new Error(`${s.env} / --${flagName(key)} must be a number, got ${raw}`)
      config[key] = n
    } else if (s.boolean) {
      config[key] = /^(1|true|yes)$/i.test(raw)
    } else {
      config[key] = raw
    }
  }
  if (config.products < 1) throw new Error("BENCH_PRODUCTS must be at least 1")
  if (config.variants < 1) throw new Error("BENCH_VARIANTS must be at least 1")
  if (config.dealers < 12) throw new Error("BENCH_DEALERS must be at least 12 (the tier dealer, the base dealer and 10 buyers)")
  if (config.connections < 1 || config.staffConnections < 1 || config.buyers < 1 || config.duration <= 0) {
    throw new Error("BENCH_CONNECTIONS, BENCH_STAFF_CONNECTIONS, BENCH_BUYERS and BENCH_DURATION must be positive")
  }
  if (!["auto", "always", "never"].includes(config.doc)) throw new Error("BENCH_DOC must be auto, always or never")
  config.rounds = Math.max(1, Math.round(config.rounds))
  config.url = config.url.replace(/\/+$/, "")
  return config
}
