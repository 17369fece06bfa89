export const PAGE_SIZE = 24

/** `?page=` as a positive integer; junk and arrays fall back to page 1. */
export function parsePage(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw
  const n = Number.parseInt(value ?? "", 10)
  return Number.isFinite(n) && n > 0 ? Math.min(n, 10_000) : 1
}

/** 1 … 4 5 [6] 7 8 … 20: the first, last and a window around the current page. */
export function pageWindow(current: number, total: number, radius = 2): (number | "gap")[] {
  const pages: (number | "gap")[] = []
  for (let p = 1; p <= total; p++) {
    if (p === 1 || p === total || Math.abs(p - current) <= radius) pages.push(p)
    else if (pages[pages.length - 1] !== "gap") pages.push("gap")
  }
  return pages
}

/** First query-string value, trimmed; Next gives arrays for repeated keys. */
export function firstParam(raw: string | string[] | undefined): string {
  return (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? ""
}
