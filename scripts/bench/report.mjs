// The results: one Markdown table (ours against stock Medusa, with SQL statements per request), details per
// scenario, the JSON under bench-results/, and the figures section of BENCH.md.
import fs from "node:fs"
import path from "node:path"

const fmt = (x, digits = 1) => (x === null || x === undefined || Number.isNaN(x) ? "—" : Number(x).toFixed(digits))
const TARGETS = {
  ratio: "≥ 5× req/s and p95 ≤ ⅕ of stock",
  orders: "≥ stock orders/s",
  staff: "p95 < 300 ms",
}

/** Ratios ours/stock and whether the scenario's target is met (null: no target, or nothing to judge). */
export function compare(s) {
  const ours = s.ours?.result
  const stock = s.stock?.result
  const rps = ours && stock && stock.rps > 0 ? ours.rps / stock.rps : null
  const p95 = ours && stock && stock.latency.p95 > 0 ? ours.latency.p95 / stock.latency.p95 : null
  let met = null
  if (ours && !s.problems.length) {
    if (s.target === "ratio" && rps !== null) met = rps >= 5 && p95 <= 0.2
    if (s.target === "orders" && rps !== null) met = rps >= 1
    if (s.target === "staff") met = ours.latency.p95 < 300
  }
  return { rps_ratio: rps, p95_ratio: p95, met }
}

function verdict(s) {
  if (!s.ours?.result) return "not measured"
  if (s.problems.length) return "error"
  if (!s.target) return "—"
  const { met } = s.comparison
  return met === null ? "—" : met ? "yes" : "**no**"
}

export function markdownTable(report) {
  const head = ["scenario", "conn.", "ours req/s", "p50 ms", "p95 ms", "p99 ms", "SQL/req", "stock req/s", "p95 ms", "SQL/req", "ratio req/s", "ratio p95", "target", "met?"]
  const rows = report.scenarios.map((s) => {
    const o = s.ours?.result
    const st = s.stock?.result
    const label = s.unit === "order" ? `${s.name} (orders/s, per order)` : s.name
    const rpsCell = (_side, r) => fmt(r.rps, r.rps < 10 ? 2 : 1)
    const latency = (_side, r, p) => fmt(r.latency[p], 0)
    const stockCells = !s.stock
      ? ["—", "—", "—"]
      : st
        ? [rpsCell(s.stock, st), latency(s.stock, st, "p95"), fmt(s.stock.sql_per_unit)]
        : ["not measured", "—", "—"]
    return [
      label,
      String(s.ours?.connections ?? "—"),
      o ? rpsCell(s.ours, o) : "not measured",
      o ? latency(s.ours, o, "p50") : "—",
      o ? latency(s.ours, o, "p95") : "—",
      o ? latency(s.ours, o, "p99") : "—",
      o ? fmt(s.ours.sql_per_unit) : "—",
      ...stockCells,
      s.comparison.rps_ratio === null ? "—" : `${fmt(s.comparison.rps_ratio, 2)}×`,
      s.comparison.p95_ratio === null ? "—" : `${fmt(s.comparison.p95_ratio, 2)}×`,
      TARGETS[s.target] ?? "—",
      verdict(s),
    ]
  })
  return [head, head.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n")
}

/** What each row measured, the SQL that dominated, and anything that went wrong. */
export function markdownDetails(report) {
  const lines = []
  for (const s of report.scenarios) {
    lines.push(`### ${s.name}: ${s.title}`, "")
    for (const side of ["ours", "stock"]) {
      const d = s[side]
      if (!d) {
        lines.push(`- stock: none — ${s.stock_note ?? "no stock equivalent"}`)
        continue
      }
      const r = d.result
      lines.push(
        `- ${side}: \`${d.endpoint}\` as ${d.who}, ${d.connections} ${s.unit === "order" ? "buyers" : "connections"}` +
          (d.skipped ? ` — **not measured**: ${d.skipped}` : `: ${r.requests} ${s.unit}s in ${fmt(r.seconds)} s, ${r.non2xx + r.errors} failed`)
      )
      if (d.result?.headers) {
        for (const [h, tally] of Object.entries(d.result.headers)) lines.push(`  - \`${h}\`: ${Object.entries(tally).map(([v, c]) => `${v} ${c}`).join(", ")}`)
      }
      const top = d.sql?.top_by_time?.[0]
      if (top) lines.push(`  - heaviest SQL (${top.calls} calls, ${top.total_ms} ms in all): \`${top.query.slice(0, 240)}\``)
      for (const x of d.extra ?? []) lines.push(`  - ${Object.entries(x).map(([k, v]) => `${k} ${v}`).join(", ")}`)
    }
    if (s.stock && s.stock_note) lines.push(`- note: ${s.stock_note}`)
    if (s.note) lines.push(`- note: ${s.note}`)
    for (const p of s.problems) lines.push(`- **problem**: ${p}`)
    lines.push("")
  }
  return lines.join("\n")
}

export function markdownReport(report) {
  const m = report.machine
  const d = report.dataset
  return [
    `## Figures of ${report.finished_at.slice(0, 16).replace("T", " ")} UTC`,
    "",
    `Command: \`${report.command}\``,
    "",
    `Machine: ${m.cpus} cores (${m.cpu_model}), ${m.memory_gb} GB RAM, load average (1 min) ${m.load_1min[0]} before the scenarios, ` +
      `${Math.max(...m.load_1min)} at most between them; ${report.database.version ?? "PostgreSQL (version unknown)"}` +
      ` (${report.target.database}); Node ${m.node}; Medusa ${report.medusa}; commit ${report.git?.commit?.slice(0, 10) ?? "?"}` +
      `${report.git?.dirty ? " with uncommitted changes" : ""}${report.target.type_errors ? "; **backend built with TypeScript errors**" : ""}.`,
    "",
    `Dataset: ${d.dealers} dealers, ${d.products} products (${d.variants} variants) with tier prices and breaks, ` +
      `${d.orders?.past_orders ?? "no"} past orders (${d.orders?.orders ?? "?"} orders in all; reviews ${JSON.stringify(d.orders?.reviews ?? {})}; ` +
      `${d.orders?.credit_entries ?? "?"} credit ledger entries). Setup took ${d.setup_seconds} s (past orders: ${d.orders?.setup_seconds ?? 0} s).`,
    "",
    `Each side ran ${report.config.duration} s (read scenarios in ${report.config.rounds} turns, each after ${report.config.warmup} s of warm-up); ` +
      `dealer paths at ${report.config.connections} connections, staff paths at ${report.config.staffConnections}, ${report.config.buyers} buyers placing orders. ` +
      `Load is closed-loop: each connection sends its next request when the last is answered; none starts after the duration and all started are waited for. ` +
      `SQL/req: statements PostgreSQL executed during the run (pg_stat_statements calls, transaction control included) ÷ requests ` +
      `(per order for submit-order, including what its events set off within 1.5 s)` +
      (report.database.idle_per_second ? `, less ${fmt(report.database.idle_per_second, 2)}/s the idle backend runs by itself` : "") +
      (report.database.stats ? "." : ` — not counted: ${report.database.reason}.`),
    "",
    markdownTable(report),
    "",
    markdownDetails(report),
  ].join("\n")
}

/** bench-results/<time>.json (raw latencies left out) and .md. */
export function writeResults(dir, report, markdown) {
  fs.mkdirSync(dir, { recursive: true })
  const stamp = report.finished_at.replace(/[:.]/g, "-")
  const strip = (side) => (side?.result ? { ...side, result: (({ latencies: _l, ...rest }) => rest)(side.result) } : side)
  const clean = { ...report, scenarios: report.scenarios.map((s) => ({ ...s, ours: strip(s.ours), stock: strip(s.stock) })) }
  const json = path.join(dir, `${stamp}.json`)
  const md = path.join(dir, `${stamp}.md`)
  fs.writeFileSync(json, JSON.stringify(clean, null, 2) + "\n")
  fs.writeFileSync(md, `# DealerMall bench\n\n${markdown}\n`)
  return { json, md }
}

const START = "<!-- bench:figures:start (written by npm run bench) -->"
const END = "<!-- bench:figures:end -->"

/** Replaces the figures between the markers of BENCH.md (the text around them is written by people). */
export function updateBenchMd(file, markdown) {
  const block = `${START}\n${markdown}\n${END}`
  let text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : `# Benchmarks\n\n${START}\n${END}\n`
  if (!text.includes(START) || !text.includes(END)) text = `${text.trimEnd()}\n\n${START}\n${END}\n`
  text = text.slice(0, text.indexOf(START)) + block + text.slice(text.indexOf(END) + END.length)
  fs.writeFileSync(file, text)
}
