export type StockDisplay = "level" | "exact"
export type StockLevel = "plenty" | "low" | "out"

export const DEFAULT_SETTINGS = { stock_display: "level" as StockDisplay, low_stock_threshold: 20 }
export type WholesaleSettings = typeof DEFAULT_SETTINGS

/** Stock as dealers see it: a level (充足/紧张/缺货), and the number only when the store shows it. */
export function stockView(available: number | null, manageInventory: boolean, settings: WholesaleSettings) {
  if (!manageInventory || available === null) return { level: "plenty" as StockLevel, quantity: null }
  const level: StockLevel = available <= 0 ? "out" : available <= settings.low_stock_threshold ? "low" : "plenty"
  return { level, quantity: settings.stock_display === "exact" ? Math.max(available, 0) : null }
}

export function readSettings(metadata: Record<string, unknown> | null | undefined): WholesaleSettings {
  const saved = (metadata?.wholesale ?? {}) as Partial<WholesaleSettings>
  return {
    stock_display: saved.stock_display === "exact" ? "exact" : "level",
    low_stock_threshold:
      Number.isInteger(saved.low_stock_threshold) && (saved.low_stock_threshold as number) >= 0
        ? (saved.low_stock_threshold as number)
        : DEFAULT_SETTINGS.low_stock_threshold,
  }
}
