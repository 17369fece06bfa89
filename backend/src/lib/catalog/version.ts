import crypto from "node:crypto"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { CATALOG_CHANNEL, installCatalogTriggers } from "./triggers"

type Listener = {
  /** Last change notification received; keys embed it, so a change orphans every older entry. */
  version: string
  listening: boolean
  /** When a price list next starts or ends: no row changes then, yet prices do. */
  boundary: number | null
  boundaryOf: string | null
  ready: Promise<void>
  stopped?: boolean
  close?: () => Promise<unknown>
}

const listeners = new WeakMap<Knex, Listener>()
const RETRY_MS = 1_000

/**
 * The catalog's version for this database, or null while this process cannot be sure
 * it hears every change (not yet listening, or the listening connection dropped):
 * callers then read the database and cache nothing.
 */
export async function catalogVersion(knex: Knex): Promise<string | null> {
  let l = listeners.get(knex)
  if (!l) {
    const fresh: Listener = { version: "", listening: false, boundary: null, boundaryOf: null, ready: Promise.resolve() }
    listeners.set(knex, fresh)
    closeWithPool(knex, fresh)
    fresh.ready = connect(knex, fresh).catch(() => scheduleRetry(knex, fresh))
    l = fresh
  }
  await l.ready
  if (!l.listening) return null
  await passBoundary(knex, l)
  return l.version
}

/**
 * Listening is only worth anything once the triggers that notify are in place; they are
 * (re)installed on every connect, since a lost connection may mean a restored database.
 */
async function connect(knex: Knex, l: Listener): Promise<void> {
  await installCatalogTriggers(knex)
  await listen(knex, l)
}

async function listen(knex: Knex, l: Listener) {
  if (l.stopped) return
  // A client of its own outside the pool (LISTEN is per connection, and a pooled one
  // held for good would keep the pool from ever shutting down).
  const client = knex.client as any
  const conn = new client.driver.Client(client.connectionSettings)
  const drop = () => {
    if (!l.listening) return
    l.listening = false
    scheduleRetry(knex, l)
  }
  conn.on("notification", (msg: { channel: string; payload?: string }) => {
    if (msg.channel === CATALOG_CHANNEL) l.version = `n${msg.payload}`
  })
  conn.on("error", drop)
  conn.on("end", drop)
  await conn.connect()
  await conn.query(`LISTEN ${CATALOG_CHANNEL}`)
  l.close = () => conn.end().catch(() => undefined)
  // Until the first change this process cannot know what others cached under, so it
  // starts with a version of its own; changes missed while deaf are covered the same way.
  l.version = `boot-${crypto.randomUUID()}`
  l.boundaryOf = null
  l.listening = true
}

/** Ends the listening client before the pool goes, so shutdown and database drops do not wait on it. */
function closeWithPool(knex: Knex, l: Listener) {
  // knex.destroy() is read-only; it ends the pool through its client, whose method can be wrapped.
  const client = knex.client as any
  const destroy = client.destroy.bind(client)
  client.destroy = async (...args: any[]) => {
    l.stopped = true
    l.listening = false
    await l.close?.()
    return destroy(...args)
  }
}

function scheduleRetry(knex: Knex, l: Listener) {
  if (l.stopped) return
  const timer = setTimeout(() => {
    connect(knex, l).catch(() => scheduleRetry(knex, l))
  }, RETRY_MS)
  timer.unref()
}

/**
 * Price lists with a start or end time change prices with no write at all. Every
 * process reads the same next boundary for a version and, once it has passed, moves
 * to the same derived version, so caches roll over at the boundary.
 */
async function passBoundary(knex: Knex, l: Listener) {
  if (l.boundaryOf !== l.version) {
    l.boundary = await nextBoundary(knex, 0)
    l.boundaryOf = l.version
  }
  while (l.boundary !== null && Date.now() >= l.boundary) {
    const passed = l.boundary
    l.version = `${l.version}~${passed}`
    l.boundary = await nextBoundary(knex, passed)
    l.boundaryOf = l.version
  }
}

async function nextBoundary(knex: Knex, after: number): Promise<number | null> {
  const since = new Date(Math.max(after, Date.now() - 1))
  const { rows } = await knex.raw(
    `SELECT min(t) AS t FROM (
       SELECT starts_at AS t FROM price_list WHERE deleted_at IS NULL AND starts_at > ?
       UNION ALL SELECT ends_at FROM price_list WHERE deleted_at IS NULL AND ends_at > ?) b`,
    [since, since]
  )
  return rows[0]?.t ? new Date(rows[0].t).getTime() : null
}
