// The cluster's shape: two API servers serving the same data, a worker that serves no routes
// (but answers /health on its own port), a balancer using both servers, and staff sessions
// shared through Redis so a cookie from one server works on the other.
import test from "node:test"
import assert from "node:assert/strict"
import { ADMIN, BALANCER, SERVERS, WORKER } from "./helpers.mjs"

const KEY = process.env.MEDUSA_PUBLISHABLE_KEY

test("both API servers answer the store API with the same data", async () => {
  const ids = []
  for (const server of SERVERS) {
    const res = await fetch(`${server}/store/regions`, { headers: { "x-publishable-api-key": KEY } })
    assert.equal(res.status, 200, server)
    ids.push((await res.json()).regions.map((r) => r.id).sort())
  }
  assert.ok(ids[0].length > 0)
  assert.deepEqual(ids[1], ids[0])
})

test("the worker process answers /health only: worker mode loads no routes", async () => {
  assert.equal((await fetch(`${WORKER}/health`)).status, 200)
  const res = await fetch(`${WORKER}/store/regions`, { headers: { "x-publishable-api-key": KEY } })
  assert.equal(res.status, 404)
})

test("the balancer hands requests to both servers in turn", async () => {
  const seen = []
  for (let i = 0; i < 4; i++) {
    const res = await fetch(`${BALANCER}/store/regions`, { headers: { "x-publishable-api-key": KEY } })
    assert.equal(res.status, 200)
    seen.push(res.headers.get("x-dealermall-backend"))
  }
  assert.deepEqual([...new Set(seen)].sort(), ["0", "1"])
})

test("a staff cookie session made on server 1 is valid on server 2", async () => {
  const login = await fetch(`${SERVERS[0]}/auth/user/emailpass`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(ADMIN) })
  const { token } = await login.json()
  const session = await fetch(`${SERVERS[0]}/auth/session`, { method: "POST", headers: { authorization: `Bearer ${token}` } })
  assert.equal(session.status, 200)
  const cookie = session.headers.get("set-cookie")?.split(";")[0]
  assert.match(cookie ?? "", /^connect\.sid=/)
  const me = await fetch(`${SERVERS[1]}/admin/users/me`, { headers: { cookie } })
  assert.equal(me.status, 200)
  assert.equal((await me.json()).user.email, ADMIN.email)
  const none = await fetch(`${SERVERS[1]}/admin/users/me`)
  assert.equal(none.status, 401, "and without it, nothing")
})
