// A small round-robin HTTP load balancer for `npm run start:cluster`: the stand-in for the
// load balancer of a real deployment (nginx, a cloud LB) in front of several API servers.
import http from "node:http"
import { info } from "./log.mjs"

// Errors that mean the request never reached the backend, so sending it to another one is safe.
const NOT_CONNECTED = new Set(["ECONNREFUSED", "EHOSTUNREACH", "ENOTFOUND", "EAI_AGAIN"])
const HOP_BY_HOP = ["connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "te", "trailer"]

/**
 * Listens on `port` and hands each request to the next live backend in turn.
 * Backends are health-checked on `healthPath` every `intervalMs`; one that
 * refuses a connection is skipped at once. Bodies are buffered, so a request
 * whose backend turned out dead is retried on the next one. The answer names
 * the backend in `x-dealermall-backend` (its index), which tests use.
 */
export function startBalancer({ port, host = "0.0.0.0", backends, healthPath = "/health", intervalMs = 2000, log = info }) {
  const targets = backends.map((url, index) => ({ index, url: new URL(url), up: true }))
  // A fresh connection per request: a pooled one to a backend that died fails with ECONNRESET, which
  // cannot be told apart from a request the backend had begun; a refused connect is safe to retry.
  const agent = new http.Agent({ keepAlive: false })
  let next = 0

  const pick = (exclude) => {
    for (let i = 0; i < targets.length; i++) {
      const t = targets[(next + i) % targets.length]
      if (t.up && !exclude.has(t)) {
        next = (t.index + 1) % targets.length
        return t
      }
    }
    return null
  }

  const mark = (t, up, why) => {
    if (t.up === up) return
    t.up = up
    log(`balancer: backend ${t.index} (${t.url.host}) is ${up ? "back" : `down (${why})`}`)
  }

  const forward = (t, req, body, res, tried) => {
    const headers = { ...req.headers }
    for (const h of HOP_BY_HOP) delete headers[h]
    headers["content-length"] = String(body.length)
    const client = req.socket.remoteAddress?.replace(/^::ffff:/, "") ?? ""
    headers["x-forwarded-for"] = headers["x-forwarded-for"] ? `${headers["x-forwarded-for"]}, ${client}` : client
    headers["x-forwarded-proto"] ??= "http"
    headers["x-forwarded-host"] ??= req.headers.host ?? ""
    const upstream = http.request(
      { hostname: t.url.hostname, port: t.url.port, method: req.method, path: req.url, headers, agent },
      (answer) => {
        const out = { ...answer.headers, "x-dealermall-backend": String(t.index) }
        for (const h of HOP_BY_HOP) delete out[h]
        res.writeHead(answer.statusCode ?? 502, out)
        answer.pipe(res)
      }
    )
    upstream.on("error", (err) => {
      if (NOT_CONNECTED.has(err.code)) {
        mark(t, false, err.code)
        tried.add(t)
        const other = pick(tried)
        if (other) return forward(other, req, body, res, tried)
      }
      if (!res.headersSent) {
        res.writeHead(502, { "content-type": "application/json" })
        res.end(JSON.stringify({ type: "bad_gateway", message: `no backend answered: ${err.code || err.message}` }))
      } else {
        res.destroy(err)
      }
    })
    upstream.end(body)
  }

  const server = http.createServer((req, res) => {
    const chunks = []
    req.on("data", (c) => chunks.push(c))
    req.on("end", () => {
      const t = pick(new Set())
      if (!t) {
        res.writeHead(503, { "content-type": "application/json", "retry-after": "2" })
        return res.end(JSON.stringify({ type: "unavailable", message: "no backend is up" }))
      }
      forward(t, req, Buffer.concat(chunks), res, new Set())
    })
  })
  // Medusa streams some answers slowly (exports, PDFs): no idle timeout of our own.
  server.requestTimeout = 0

  const check = async (t) => {
    try {
      const r = await fetch(new URL(healthPath, t.url), { signal: AbortSignal.timeout(Math.max(1000, intervalMs)) })
      mark(t, r.ok, `health ${r.status}`)
    } catch (e) {
      mark(t, false, e.cause?.code || e.name)
    }
  }
  const timer = setInterval(() => targets.forEach(check), intervalMs)
  timer.unref()

  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, host, () => {
      resolve({
        port: server.address().port,
        targets,
        close: () =>
          new Promise((done) => {
            clearInterval(timer)
            server.closeAllConnections?.()
            server.close(() => done())
          }),
      })
    })
  })
}
