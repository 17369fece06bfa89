// Plumbing for the cluster tests (`npm test -- cluster`): the cluster scripts/test.mjs started
// (two API servers, one worker, a balancer), an HTTP client per server, the database behind them.
import pg from "pg"
import { Api, ApiError } from "../bench/api.mjs"

function required(name) {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: run the cluster tests through \`node scripts/test.mjs cluster\``)
  return value
}

export const SERVERS = required("CLUSTER_SERVERS").split(",")
export const BALANCER = required("CLUSTER_BALANCER")
export const WORKER = required("CLUSTER_WORKER")
export const LOG_DIR = required("CLUSTER_LOG_DIR")
export const ADMIN = { email: required("ADMIN_EMAIL"), password: required("ADMIN_PASSWORD") }
const KEY = required("MEDUSA_PUBLISHABLE_KEY")

/** One client per API server, both signed in as staff; `on(i)` alternates between them. */
export async function clients() {
  const all = SERVERS.map((url) => new Api(url, { publishableKey: KEY }))
  for (const api of all) await api.signInAdmin(ADMIN.email, ADMIN.password)
  return { all, on: (i) => all[i % all.length] }
}

/** A request's outcome without throwing, for asserting on refusals: { status, body } (200 for any 2xx). */
export async function outcome(promise) {
  try {
    return { status: 200, body: await promise }
  } catch (e) {
    if (e instanceof ApiError) return { status: e.status, body: e.body }
    throw e
  }
}

/** Counts outcomes by "status code" (code = the error's machine code, or "ok"). */
export function tally(outcomes) {
  const counts = {}
  for (const o of outcomes) {
    const key = o.status < 300 ? "ok" : `${o.status} ${o.body?.code ?? o.body?.type ?? ""}`.trim()
    counts[key] = (counts[key] ?? 0) + 1
  }
  return counts
}

/** Read-only SQL against the cluster's database: the tests check rows, not only answers. */
export async function sql(text, params = []) {
  const client = new pg.Client({ connectionString: required("CLUSTER_DATABASE_URL") })
  await client.connect()
  try {
    return (await client.query(text, params)).rows
  } finally {
    await client.end()
  }
}

/** Subscribers run in the worker after the answer: read until the effect shows, or give up. */
export async function eventually(read, ok, ms = 20000) {
  const until = Date.now() + ms
  let value = await read()
  while (!ok(value) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 250))
    value = await read()
  }
  return value
}
