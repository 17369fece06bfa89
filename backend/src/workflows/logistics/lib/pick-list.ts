import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { WarehouseOrder } from "./warehouse-order"

/**
 * The lines still to ship, grouped by the stock location holding their
 * reservation, so a picker walks one warehouse at a time. Lines with no
 * reservation (not stock-managed) are listed under "no location".
 */
export async function pickList(container: MedusaContainer, w: WarehouseOrder) {
  const open = w.lines.filter((l) => l.remaining > 0)
  const reservations = open.length
    ? await container.resolve(Modules.INVENTORY).listReservationItems({ line_item_id: open.map((l) => l.id) }, { take: null })
    : []
  const locationIds = [...new Set(reservations.map((r: any) => r.location_id))]
  const locations = locationIds.length ? await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ id: locationIds }) : []
  const names = new Map(locations.map((l: any) => [l.id, l.name]))
  const groups = new Map<string, { location: { id: string | null; name: string | null }; lines: any[] }>()
  for (const line of open) {
    const r: any = reservations.find((x: any) => x.line_item_id === line.id)
    const key = r?.location_id ?? "none"
    if (!groups.has(key)) groups.set(key, { location: { id: r?.location_id ?? null, name: r ? names.get(r.location_id) ?? null : null }, lines: [] })
    groups.get(key)!.lines.push({ line_item_id: line.id, sku: line.sku, title: line.title, variant_title: line.variant_title, quantity: line.quantity, remaining: line.remaining })
  }
  for (const g of groups.values()) g.lines.sort((a, b) => String(a.sku ?? "").localeCompare(String(b.sku ?? "")))
  return [...groups.values()]
}
