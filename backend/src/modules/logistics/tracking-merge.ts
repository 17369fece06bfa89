import { createHash } from "crypto"
import type { ShipmentState } from "./states"

export type IncomingEvent = { occurred_at: Date; location?: string | null; description: string; state?: ShipmentState | null }
export type KnownEvent = { fingerprint: string; occurred_at: Date | string; state?: ShipmentState | null }

/** Same time and same text is the same event, however often a provider pushes it. */
export function fingerprint(e: { occurred_at: Date | string; description: string }): string {
  return createHash("sha1").update(`${new Date(e.occurred_at).toISOString()}|${e.description.trim()}`).digest("hex")
}

/**
 * The events not seen yet, and the state the shipment is in afterwards: the
 * state of its newest event that carries one. A late (stale) push only adds
 * history; it never moves the state back.
 */
export function mergeTracking(known: KnownEvent[], incoming: IncomingEvent[], current: ShipmentState) {
  const seen = new Set(known.map((k) => k.fingerprint))
  const fresh: (IncomingEvent & { fingerprint: string })[] = []
  // Workflow inputs arrive serialised: dates may be strings.
  for (const raw of incoming) {
    const e = { ...raw, occurred_at: new Date(raw.occurred_at) }
    const fp = fingerprint(e)
    if (seen.has(fp)) continue
    seen.add(fp)
    fresh.push({ ...e, fingerprint: fp })
  }
  const all = [...known.map((k) => ({ at: new Date(k.occurred_at).getTime(), state: k.state ?? null })), ...fresh.map((f) => ({ at: f.occurred_at.getTime(), state: f.state ?? null }))]
  const newest = all.filter((e) => e.state).sort((a, b) => b.at - a.at)[0]
  const lastAt = all.length ? new Date(Math.max(...all.map((e) => e.at))) : null
  // Delivered when the carrier says it was, not when we heard of it.
  const deliveredAt = newest?.state === "delivered" ? new Date(newest.at) : null
  return { fresh, state: (newest?.state ?? current) as ShipmentState, last_event_at: lastAt, delivered_at: deliveredAt }
}
