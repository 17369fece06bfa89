// Tables for the terminal and the JSON file under bench-results/.
import fs from "node:fs"
import path from "node:path"

const fmt = (x, digits = 1) => (x === null || x === undefined || Number.isNaN(x) ? "–" : Number(x).toFixed(digits))
const pct = (x) => (x === null ? "–" : `${(x * 100).toFixed(1)}%`)

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)))
  return rows.map((r) => r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join("  ")).join("\n")
}

/** Tier cost = the share of base throughput lost at tier prices; the p95 ratio says how much slower the slow requests are. */
export function compare(tier, base, targetPercent) {
  const cost = base.rps > 0 ? 1 - tier.rps / base.rps : null
  const p95Ratio = base.latency.p95 > 0 ? tier.latency.p95 / base.latency.p95 : null
  const limit = targetPercent / 100
  const pass = cost !== null && p95Ratio !== null && cost < limit && p95Ratio < 1 + limit
  return { tier_cost: cost, p95_ratio: p95Ratio, target_percent: targetPercent, pass }
}

export function scenarioText(s, config) {
  const row = (label, r) => [label, fmt(r.rps), fmt(r.latency.p50), fmt(r.latency.p95), fmt(r.latency.p99), r.requests, r.non2xx + r.errors]
  const lines = [
    "",
    `${s.title} — ${s.endpoint}`,
    `${config.rounds} × ${+(config.duration / config.rounds).toFixed(2)} s per dealer at ${config.connections} connections`,
    table([
      ["dealer", "req/s", "p50 ms", "p95 ms", "p99 ms", "requests", "non-2xx/errors"],
      row("tier (price list)", s.tier),
      row("base (no price list)", s.base),
    ]),
    `tier cost ${pct(s.comparison.tier_cost)} of base throughput, p95 ×${fmt(s.comparison.p95_ratio, 2)}`,
  ]
  const extra = (x) => (Array.isArray(x) ? x.filter(Boolean) : [x].filter(Boolean))
  for (const role of ["tier", "base"]) {
    for (const x of extra(s[role].extra)) lines.push(`${role}: ${Object.entries(x).map(([k, v]) => `${k} ${v}`).join(", ")}`)
  }
  for (const role of ["tier", "base"]) {
    for (const sample of s[role].samples) lines.push(`  ${role} got ${sample.status}: ${sample.body}`)
    if (s[role].errors) lines.push(`  ${role}: ${s[role].errors} connection errors (${s[role].timeouts} timeouts)`)
  }
  if (s.warmup_failures) lines.push(`  warm-ups: ${s.warmup_failures} requests failed`)
  for (const note of s.notes) lines.push(`note: ${note}`)
  return lines.join("\n")
}

export function summaryText(results) {
  const lines = ["", `target: tier pricing costs under ${results.config.target}% over base pricing (throughput and p95)`]
  for (const s of results.scenarios) {
    const c = s.comparison
    // Figures from failed requests say nothing about pricing, so such a scenario neither passes nor fails.
    const verdict = s.problems.length ? "ERROR" : c.pass ? "PASS " : "FAIL "
    lines.push(
      `  ${verdict} ${s.name.padEnd(16)} tier cost ${pct(c.tier_cost).padStart(6)}, p95 ×${fmt(c.p95_ratio, 2)}` +
        (s.problems.length ? `  (${s.problems.join("; ")})` : "")
    )
  }
  return lines.join("\n")
}

/** Raw latencies stay out of the file; everything else goes in. */
export function writeResults(dir, results) {
  fs.mkdirSync(dir, { recursive: true })
  const stamp = new Date().toISOString().replace(/[:.]/g, "-")
  const file = path.join(dir, `${stamp}.json`)
  const strip = (r) => (r ? (({ latencies: _l, ...rest }) => rest)(r) : r)
  const clean = {
    ...results,
    scenarios: results.scenarios.map((s) => ({
      ...s,
      tier: strip(s.tier),
      base: strip(s.base),
      runs: s.runs.map((run) => ({ ...run, result: strip(run.result) })),
    })),
  }
  fs.writeFileSync(file, JSON.stringify(clean, null, 2) + "\n")
  return file
}
