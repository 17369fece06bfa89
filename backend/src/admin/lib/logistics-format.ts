import { Address, Carrier, PickLine } from "./logistics-types"

/** The same normalisation as the server: staff paste numbers with spaces and in lower case. */
export function normalizeTrackingNumber(raw: string): string {
  return raw.replace(/\s+/g, "").toUpperCase()
}

/** Client-side check against the carrier's pattern; an unparsable pattern is left to the server. */
export function trackingNumberOk(carrier: Carrier, raw: string): boolean {
  try {
    return new RegExp(carrier.pattern).test(normalizeTrackingNumber(raw))
  } catch {
    return true
  }
}

export function carrierName(c: Pick<Carrier, "name" | "name_en">, lang: string): string {
  return lang.startsWith("zh") ? c.name : c.name_en || c.name
}

/** Chinese addresses read from the province down, without separators. */
export function formatAddress(a: Address | null | undefined): string {
  if (!a) return ""
  // The street line often starts with the district already (浦东新区张江路…).
  const district = a.metadata?.district && !a.address_1?.startsWith(a.metadata.district) ? a.metadata.district : null
  const parts = [a.province, a.city, district, a.address_1, a.address_2].filter((x): x is string => !!x)
  // Municipalities repeat themselves (上海市 上海市).
  return parts.filter((x, i) => x !== parts[i - 1]).join(" ")
}

export function recipient(a: Address | null | undefined): string {
  if (!a) return ""
  // Chinese names are family name first.
  const name = `${a.last_name ?? ""}${a.first_name ?? ""}`.trim()
  return [a.company, name, a.phone].filter(Boolean).join(" · ")
}

export type PackageDraft = { key: number; tracking: string; quantities: Record<string, string> }

/** Default for one package: everything still to ship. */
export function fullPackage(key: number, lines: PickLine[]): PackageDraft {
  return { key, tracking: "", quantities: Object.fromEntries(lines.map((l) => [l.line_item_id, String(l.remaining)])) }
}

export function emptyPackage(key: number, lines: PickLine[]): PackageDraft {
  return { key, tracking: "", quantities: Object.fromEntries(lines.map((l) => [l.line_item_id, "0"])) }
}

/** Whole non-negative number typed into a quantity box, else NaN. */
export function quantityOf(text: string | undefined): number {
  const s = (text ?? "").trim()
  return /^\d+$/.test(s) ? Number(s) : s === "" ? 0 : NaN
}

/** Lines whose quantities over all packages exceed what remains (the server would refuse them). */
export function overAllocated(lines: PickLine[], packages: PackageDraft[]): Set<string> {
  const over = new Set<string>()
  for (const l of lines) {
    const sum = packages.reduce((n, p) => n + (quantityOf(p.quantities[l.line_item_id]) || 0), 0)
    if (sum > l.remaining) over.add(l.line_item_id)
  }
  return over
}

export function packageItems(p: PackageDraft): { line_item_id: string; quantity: number }[] {
  return Object.entries(p.quantities)
    .map(([line_item_id, q]) => ({ line_item_id, quantity: quantityOf(q) }))
    .filter((x) => x.quantity > 0)
}

export const CSV_TEMPLATE = "order,carrier,tracking_number,estimated_arrival\n1001,sf,SF1234567890123,\n"
