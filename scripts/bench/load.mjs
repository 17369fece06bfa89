// Load runs with exact latency percentiles (autocannon's histogram has no p95) and the first few non-2xx
// answers kept word for word: autocannon for single requests, a worker loop for multi-request flows.
import autocannon from "autocannon"

const SAMPLE_BODIES = 5

/**
 * `makeRequests(slot)` gives the request list of connection `slot` (0 … connections-1), so scenarios
 * can hand each connection its own resources (e.g. carts) or randomise every request.
 */
export async function runLoad({ baseUrl, connections, duration, timeout, makeRequests, tallyHeader }) {
  const latencies = []
  const statusCounts = {}
  const samples = []
  const tally = {}
  let slot = 0
  const keepNon2xx = (status, body, _context, headers) => {
    if (tallyHeader) {
      const value = headers?.[tallyHeader] ?? "none"
      tally[value] = (tally[value] ?? 0) + 1
    }
    if (status >= 200 && status < 300) return
    if (samples.length < SAMPLE_BODIES) samples.push({ status, body: String(body).slice(0, 1000) })
  }
  const withSampling = (requests) => requests.map((r) => ({ ...r, onResponse: keepNon2xx }))

  const instance = autocannon({
    url: baseUrl,
    connections,
    duration,
    timeout,
    // A backend that stops answering makes thousands of connection errors a second: stop early.
    bailout: 100,
    requests: withSampling(makeRequests(0)),
    setupClient: (client) => client.setRequests(withSampling(makeRequests(slot++ % connections))),
  })
  instance.on("response", (_client, status, _bytes, responseTime) => {
    latencies.push(responseTime)
    statusCounts[status] = (statusCounts[status] ?? 0) + 1
  })
  const result = await instance
  const summary = summarize({ latencies, statusCounts, samples, seconds: result.duration, errors: result.errors, timeouts: result.timeouts })
  if (tallyHeader) summary.headers = { [tallyHeader]: tally }
  return summary
}

/**
 * `workers` loops, each calling `iterate(worker)` until `duration` seconds have passed or it returns null (its
 * supply, e.g. of orders to approve, ran out). One iteration is one unit (an order placed, approved, paid): its
 * latency is the whole iteration's. `iterate` answers `{ status, body? }` (2xx is a success) or throws.
 */
export async function runFlow({ workers, duration, iterate }) {
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
          outcome = await iterate(worker)
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
