// Bench settings from flags (`npm run bench -- --products 5000`) or environment variables (BENCH_PRODUCTS=5000).
const SETTINGS = {
  url: { env: "BENCH_URL", default: "", help: "backend URL of a running stack; unset: start a fresh production stack" },
  publishableKey: { env: "BENCH_PUBLISHABLE_KEY", default: "", help: "publishable key (BENCH_URL only; default from .data/state.json)" },
  adminEmail: { env: "BENCH_ADMIN_EMAIL", default: "", help: "staff login (BENCH_URL only; default from .data/admin-credentials.txt)" },
  adminPassword: { env: "BENCH_ADMIN_PASSWORD", default: "", help: "staff password (BENCH_URL only)" },
  products: { env: "BENCH_PRODUCTS", default: 500, number: true, help: "bench products (the issue's full size: 5000)" },
  variants: { env: "BENCH_VARIANTS", default: 2, number: true, help: "variants per bench product" },
  dealers: { env: "BENCH_DEALERS", default: 20, number: true, help: "bench dealers, the two measured ones included (full size: 200)" },
  duration: { env: "BENCH_DURATION", default: 10, number: true, help: "measured seconds of load per scenario and dealer" },
  connections: { env: "BENCH_CONNECTIONS", default: 10, number: true, help: "concurrent connections" },
  warmup: { env: "BENCH_WARMUP", default: 2, number: true, help: "seconds of unrecorded load before each measured run" },
  rounds: { env: "BENCH_ROUNDS", default: 2, number: true, help: "runs the duration is split into, in the order tier, base, base, tier, …" },
  carts: { env: "BENCH_CARTS", default: 20, number: true, help: "carts per dealer for the add-to-cart scenario" },
  timeout: { env: "BENCH_TIMEOUT", default: 30, number: true, help: "seconds before a request counts as timed out" },
  scenarios: { env: "BENCH_SCENARIOS", default: "", help: "comma-separated scenario names (default: all)" },
  target: { env: "BENCH_TARGET", default: 15, number: true, help: "allowed tier-pricing cost over base pricing, percent" },
  keepDb: { env: "BENCH_KEEP_DB", default: false, boolean: true, help: "own stack: keep dealermall_bench (and reuse it next time)" },
  out: { env: "BENCH_OUT", default: "bench-results", help: "folder for the JSON results" },
}

const flagName = (key) => key.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase())

export function usage() {
  const lines = ["npm run bench [-- --flag value …]", ""]
  for (const [key, s] of Object.entries(SETTINGS)) {
    lines.push(`  --${flagName(key).padEnd(16)} ${s.env.padEnd(22)} ${s.help} (default: ${s.default === "" ? "none" : s.default})`)
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
  const config = {}
  for (const [key, s] of Object.entries(SETTINGS)) {
    const raw = flags[key] ?? env[s.env]
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
  if (config.dealers < 2) throw new Error("BENCH_DEALERS must be at least 2 (the tier dealer and the base dealer)")
  if (config.connections < 1 || config.duration <= 0) throw new Error("BENCH_CONNECTIONS and BENCH_DURATION must be positive")
  config.rounds = Math.max(1, Math.round(config.rounds))
  config.url = config.url.replace(/\/+$/, "")
  return config
}
