import {
  PackageDraft,
  normalizeTrackingNumber,
  overAllocated,
  packageItems,
  quantityOf,
  trackingNumberOk,
} from "./logistics-format"
import { Carrier, PickLine, ShipmentInput } from "./logistics-types"

type T = (key: string, opts?: Record<string, unknown>) => string

export type ShipErrors = {
  carrier?: string
  carrierName?: string
  eta?: string
  /** By package key. */
  tracking: Record<number, string>
  items: Record<number, string>
}

export type ShipDraft = { carrierCode: string; customName: string; eta: string; packages: PackageDraft[] }

export const noErrors = (): ShipErrors => ({ tracking: {}, items: {} })

export function hasErrors(e: ShipErrors): boolean {
  return !!(e.carrier || e.carrierName || e.eta || Object.keys(e.tracking).length || Object.keys(e.items).length)
}

/** What the server would refuse, caught before any package is sent (a half-shipped split is awkward to undo). */
export function validateShip(draft: ShipDraft, carrier: Carrier | undefined, lines: PickLine[], today: string, t: T): ShipErrors {
  const e = noErrors()
  if (!carrier) e.carrier = t("dealermall.logistics.ship.errors.carrier")
  if (draft.carrierCode === "custom" && !draft.customName.trim()) e.carrierName = t("dealermall.dialogs.errors.required")
  if (draft.eta && (!/^\d{4}-\d{2}-\d{2}$/.test(draft.eta) || draft.eta < today)) e.eta = t("dealermall.logistics.ship.errors.eta")
  const seen = new Set<string>()
  const over = overAllocated(lines, draft.packages)
  for (const p of draft.packages) {
    const number = normalizeTrackingNumber(p.tracking)
    if (!number) e.tracking[p.key] = t("dealermall.dialogs.errors.required")
    else if (carrier && !trackingNumberOk(carrier, number))
      e.tracking[p.key] = t("dealermall.logistics.ship.errors.trackingFormat", { example: carrier.example })
    else if (seen.has(number)) e.tracking[p.key] = t("dealermall.logistics.ship.errors.trackingDuplicate")
    seen.add(number)

    const texts = Object.values(p.quantities)
    if (texts.some((q) => Number.isNaN(quantityOf(q)))) e.items[p.key] = t("dealermall.logistics.ship.errors.quantity")
    else if (packageItems(p).length === 0) e.items[p.key] = t("dealermall.logistics.ship.errors.emptyPackage")
    else if (lines.some((l) => over.has(l.line_item_id) && quantityOf(p.quantities[l.line_item_id]) > 0))
      e.items[p.key] = t("dealermall.logistics.ship.errors.overRemaining")
  }
  return e
}

export function toShipmentInput(draft: ShipDraft, p: PackageDraft): ShipmentInput {
  return {
    carrier_code: draft.carrierCode,
    ...(draft.carrierCode === "custom" ? { carrier_name: draft.customName.trim() } : {}),
    tracking_number: normalizeTrackingNumber(p.tracking),
    ...(draft.eta ? { estimated_arrival: draft.eta } : {}),
    items: packageItems(p),
  }
}

/** One row per line item: the pick list groups by location, and a line may sit in more than one. */
export function shippableLines(locations: { lines: PickLine[] }[]): PickLine[] {
  const byId = new Map<string, PickLine>()
  for (const loc of locations) {
    for (const l of loc.lines) {
      const prev = byId.get(l.line_item_id)
      byId.set(l.line_item_id, prev ? { ...prev, quantity: prev.quantity + l.quantity, remaining: prev.remaining + l.remaining } : l)
    }
  }
  return [...byId.values()]
}

const LAST_CARRIER = "dealermall.logistics.lastCarrier"

/** Most warehouses use one or two carriers: start with the one used last on this computer. */
export function lastCarrier(): string {
  try {
    return localStorage.getItem(LAST_CARRIER) || "sf"
  } catch {
    return "sf"
  }
}

export function rememberCarrier(code: string) {
  try {
    localStorage.setItem(LAST_CARRIER, code)
  } catch {
    // Private mode: nothing to remember.
  }
}
