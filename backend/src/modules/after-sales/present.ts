import { KIND_LABELS, STATUS_LABELS } from "./messages"

const iso = (d: unknown) => (d ? new Date(d as any).toISOString() : null)
const num = (v: unknown) => (v === null || v === undefined ? null : Number((v as any)?.numeric ?? v))

/** A case as dealers and staff read it; staff also get the dealer. */
export function presentCase(c: any, locale: "zh" | "en", extra: { display_id?: number | null; dealer?: { id: string; company_name: string } | null } = {}) {
  const events = [...(c.events ?? [])].sort((a, b) => +new Date(a.created_at) - +new Date(b.created_at))
  return {
    id: c.id,
    order_id: c.order_id,
    display_id: extra.display_id ?? null,
    kind: c.kind,
    kind_label: KIND_LABELS[c.kind]?.[locale] ?? c.kind,
    status: c.status,
    status_label: STATUS_LABELS[c.status]?.[locale] ?? c.status,
    reason: c.reason ?? null,
    decision_reason: c.decision_reason ?? null,
    lines: c.lines ?? [],
    refund_amount: num(c.refund_amount),
    refund_method: c.refund_method ?? null,
    return_id: c.return_id ?? null,
    created_at: iso(c.created_at),
    updated_at: iso(c.updated_at),
    ...(extra.dealer !== undefined ? { dealer: extra.dealer } : {}),
    history: events.map((e: any) => ({ action: e.action, actor_type: e.actor_type, note: e.note ?? null, created_at: iso(e.created_at) })),
  }
}
