// Closed-loop load with exact latency percentiles and the first few non-2xx answers kept word for word: each
// connection sends its next request when the last one is answered, no new request starts after the duration,
// and every started request is waited for, so slow routes are measured rather than cut off (autocannon drops
// the requests in flight when it stops, which hides routes slower than the run) and the SQL counted around a
// run belongs to the requests counted in it.

const SAMPLE_BODIES = 5

/**
 * `makeRequests(slot)` gives connection `slot` (0 … connections-1) its request list in autocannon's shape
 * ({ method, headers, body?, setupRequest?(req) → req with path/body }), so scenarios can hand each connection
 * its own resources (e.g. carts) or draw every request anew.
 */
export async function runLoad({ baseUrl, connections, duration, makeRequests, tallyHeader }) {
  const tally = {}
  const lists = []
  const summary = await runFlow({
    workers: connections,
    duration,
    iterate: async (slot, n) => {
      const list = (lists[slot] ??= makeRequests(slot))
      const template = list[n % list.length]
      const req = template.setupRequest ? template.setupRequest({ ...template }) : template
      const res = await fetch(baseUrl + req.path, { method: req.method ?? "GET", headers: req.headers, body: req.body })
      const body = await res.text()
      if (tallyHeader) {
        const value = res.headers.get(tallyHeader) ?? "none"
        tally[value] = (tally[value] ?? 0) + 1
      }
      return { status: res.status, body }
    },
  })
  if (tallyHeader) summary.headers = { [tallyHeader]: tally }
  return summary
}

/**
 * `workers` loops, each calling `iterate(worker, n)` (n: the worker's iteration count) until `duration` seconds have passed or it returns null (its
 * supply, e.g. of orders to approve, ran out). One iteration is one unit (an order placed, approved, paid): its
 * latency is the whole iteration's. `iterate` answers `{ status, body? }` (2xx is a success) or throws.
 */
export async function runFlow({ workers, duration, iterate }) {
  const count = Array(workers).fill(0)
  const latencies = []
  const statusCounts = {}
  const samples = []
  let errors = 0
  const started = performance.now()
  const deadline = started + duration * 1000
  let last = started
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      while (performance.now() < deadline) {
        const t0 = performance.now()
        let outcome
        try {
          outcome = await iterate(worker, count[worker]++)
        } catch (e) {
          errors++
          if (samples.length < SAMPLE_BODIES) samples.push({ status: "error", body: String(e.message).slice(0, 1000) })
          continue
        }
        if (outcome === null) return
        const t1 = performance.now()
        last = Math.max(last, t1)
        latencies.push(t1 - t0)
        statusCounts[outcome.status] = (statusCounts[outcome.status] ?? 0) + 1
        if ((outcome.status < 200 || outcome.status >= 300) && samples.length < SAMPLE_BODIES) {
          samples.push({ status: outcome.status, body: String(outcome.body ?? "").slice(0, 1000) })
        }
      }
    })
  )
  const seconds = (Math.max(last, Math.min(performance.now(), deadline)) - started) / 1000
  return summarize({ latencies, statusCounts, samples, seconds, errors, timeouts: 0 })
}

export function percentile(sorted, p) {
  if (!sorted.length) return null
  const rank = Math.ceil((p / 100) * sorted.length) - 1
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]
}

/** Also merges several runs: totals add up, percentiles come from all latencies together. */
export function summarize({ latencies, statusCounts, samples, seconds, errors, timeouts }) {
  const sorted = Float64Array.from(latencies).sort()
  const requests = sorted.length
  const non2xx = Object.entries(statusCounts).reduce((n, [s, c]) => (Number(s) >= 200 && Number(s) < 300 ? n : n + c), 0)
  const round = (x) => (x === null ? null : Math.round(x * 100) / 100)
  return {
    requests,
    seconds: round(seconds),
    rps: round(requests / seconds),
    latency: {
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
      mean: round(requests ? sorted.reduce((a, b) => a + b, 0) / requests : null),
      max: round(requests ? sorted[requests - 1] : null),
    },
    non2xx,
    errors,
    timeouts,
    statusCounts,
    samples,
    latencies,
  }
}

export function mergeRuns(runs) {
  const merged = summarize({
    latencies: runs.flatMap((r) => r.latencies),
    statusCounts: runs.reduce((acc, r) => {
      for (const [s, c] of Object.entries(r.statusCounts)) acc[s] = (acc[s] ?? 0) + c
      return acc
    }, {}),
    samples: runs.flatMap((r) => r.samples).slice(0, SAMPLE_BODIES),
    seconds: runs.reduce((n, r) => n + r.seconds, 0),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    timeouts: runs.reduce((n, r) => n + r.timeouts, 0),
  })
  const headers = runs.filter((r) => r.headers)
  if (headers.length) {
    merged.headers = {}
    for (const r of headers) {
      for (const [name, tally] of Object.entries(r.headers)) {
        merged.headers[name] ??= {}
        for (const [v, c] of Object.entries(tally)) merged.headers[name][v] = (merged.headers[name][v] ?? 0) + c
      }
    }
  }
  return merged
}
