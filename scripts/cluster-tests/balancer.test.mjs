// The balancer of start:cluster on its own, in front of two tiny stand-in backends: turn about,
// bodies and headers passed through, a dead backend skipped, a revived one taken back.
import test from "node:test"
import assert from "node:assert/strict"
import http from "node:http"
import { startBalancer } from "../lib/balancer.mjs"

function backend(name, port = 0) {
  const server = http.createServer((req, res) => {
    const chunks = []
    req.on("data", (c) => chunks.push(c))
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json" })
      res.end(JSON.stringify({ name, method: req.method, url: req.url, body: Buffer.concat(chunks).toString(), forwardedFor: req.headers["x-forwarded-for"] ?? null }))
    })
  })
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve({ server, port: server.address().port })))
}
const stop = ({ server }) => new Promise((r) => { server.closeAllConnections(); server.close(r) })
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

test("balancer: round robin over live backends, skipping a dead one and taking it back", async () => {
  const a = await backend("a")
  let b = await backend("b")
  const lb = await startBalancer({ port: 0, host: "127.0.0.1", backends: [`http://127.0.0.1:${a.port}`, `http://127.0.0.1:${b.port}`], intervalMs: 200, log: () => {} })
  const url = `http://127.0.0.1:${lb.port}`
  const get = async (p = "/store/x?q=1") => {
    const res = await fetch(url + p)
    return { status: res.status, backend: res.headers.get("x-dealermall-backend"), ...(await res.json()) }
  }
  try {
    const names = []
    for (let i = 0; i < 4; i++) names.push((await get()).name)
    assert.deepEqual(names, ["a", "b", "a", "b"])

    const posted = await (await fetch(url + "/store/carts", { method: "POST", headers: { "content-type": "application/json" }, body: '{"x":"购物车"}' })).json()
    assert.deepEqual([posted.method, posted.url, posted.body], ["POST", "/store/carts", '{"x":"购物车"}'])
    assert.equal(posted.forwardedFor, "127.0.0.1")

    // b dies: every request still answers, from a, without waiting for a health check.
    await stop(b)
    const afterDeath = []
    for (let i = 0; i < 4; i++) afterDeath.push(await get())
    assert.deepEqual(afterDeath.map((r) => [r.status, r.name]), Array(4).fill([200, "a"]))

    // b comes back on its port: the health check returns it to the rotation.
    b = await backend("b", b.port)
    await sleep(700)
    const back = new Set()
    for (let i = 0; i < 4; i++) back.add((await get()).name)
    assert.deepEqual([...back].sort(), ["a", "b"])

    // Nobody left: a clear 5xx, not a hang.
    await stop(a)
    await stop(b)
    const none = await fetch(url + "/health")
    assert.ok(none.status === 502 || none.status === 503, `answered ${none.status}`)
  } finally {
    await lb.close()
    await Promise.all([a, b].map((x) => x.server.listening && stop(x)))
  }
})
