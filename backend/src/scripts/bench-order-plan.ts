/**
 * What each bench past order is (bench-orders.ts writes them): its dealer, lines, prices, status and
 * timestamps, derived deterministically from the order's number, so the n-th order is always the same.
 */

export const DAY = 86_400_000
export const HOUR = 3_600_000
export const VAT = [{ code: "VAT", rate: 13, description: "增值税", provider_id: "tp_system" }]
export const SHIPPING = { name: "物流配送", amount: 30 }

export type Dealer = { id: string; customer_id: string; email: string; company_name: string; contact_name: string; mobile: string; province: string; city: string; district: string; address: string; tier_group_id: string | null; payment_terms_days: number | null; credit_limit: string | null }
export type Variant = { id: string; sku: string; title: string; product_id: string; product_title: string; product_handle: string; thumbnail: string | null }
export type Kind = "pending" | "approved" | "rejected" | "paid" | "shipped" | "completed"

/** Small deterministic generator (mulberry32), so the n-th order is always the same order. */
export function rng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The same price rule as scripts/bench/dataset.mjs (SKU BENCH-00123-1 → product 123, variant 0). */
export function unitPrice(sku: string, tier: boolean) {
  const [, p, v] = sku.split("-")
  const base = 20 + ((Number(p) * 37 + (Number(v) - 1) * 11) % 480) + 0.5
  return tier ? Math.round(base * 0.88 * 100) / 100 : base
}

/** What happened to an order of this age: recent ones are still moving, old ones are done. */
export function kindFor(ageDays: number, r: number): Kind {
  const table: [Kind, number][] =
    ageDays < 7
      ? [["pending", 0.35], ["approved", 0.2], ["paid", 0.2], ["rejected", 0.1], ["shipped", 0.15]]
      : ageDays < 30
        ? [["pending", 0.03], ["approved", 0.05], ["paid", 0.1], ["rejected", 0.07], ["shipped", 0.55], ["completed", 0.2]]
        : [["rejected", 0.08], ["shipped", 0.04], ["completed", 0.88]]
  let acc = 0
  for (const [kind, share] of table) {
    acc += share
    if (r < acc) return kind
  }
  return table[table.length - 1][0]
}

export function plan(n: number, now: number, dealers: Dealer[], variants: Variant[], tierGroupId: string | null) {
  const r = rng(n * 7919 + 17)
  const dealer = dealers[n % dealers.length]
  const created = now - Math.floor(r() * 365 * DAY) - HOUR
  const kind = kindFor((now - created) / DAY, r())
  const lines = 1 + Math.floor(r() * 6)
  const picked = new Map<string, { v: Variant; qty: number }>()
  while (picked.size < lines) {
    const v = variants[Math.floor(r() * variants.length)]
    picked.set(v.id, { v, qty: 1 + Math.floor(r() * 20) })
  }
  const tier = !!tierGroupId && dealer.tier_group_id === tierGroupId
  const items = [...picked.values()].map(({ v, qty }) => ({ v, qty, price: unitPrice(v.sku, tier) }))
  const total = Math.round((items.reduce((s, i) => s + i.qty * i.price, 0) + SHIPPING.amount) * 100) / 100
  const onAccount = r() < 0.6
  const t = {
    created,
    decided: created + 2 * HOUR,
    paid: created + DAY,
    shipped: created + 2 * DAY,
    delivered: created + 4 * DAY,
    completed: created + 7 * DAY,
  }
  return { n, dealer, kind, items, total, onAccount, po: r() < 0.3 ? `PO-${n}` : null, t }
}
type Plan = ReturnType<typeof plan>

/** `UPDATE table SET col = v.t … FROM (VALUES …)`: the dates a service cannot set. */
