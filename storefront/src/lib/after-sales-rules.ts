import { isRequestKind, type RequestableLine, type RequestKind } from "./after-sales-types"

// The request form's rules, shared by the form (to say so before sending) and
// the server action (a request can skip the form). The backend checks them again.

/** The backend takes at most nine photos per request (docs/after-sales-api.md). */
export const MAX_CASE_PHOTOS = 9
export const REASON_MAX = 500
export const LINE_NOTE_MAX = 500

/** One line as the dealer sends it; `photos` are indexes into the request's uploaded files. */
export type RequestLineInput = { line_item_id: string; quantity: number; note?: string; photos?: number[] }

export type RequestInput = { order_id: string; kind: RequestKind; reason: string; lines: RequestLineInput[] }

export type RequestProblem =
  | { code: "kindRequired" }
  | { code: "linesRequired" }
  | { code: "reasonRequired" }
  | { code: "quantity"; line_item_id: string; max: number }
  | { code: "tooManyPhotos" }
  | { code: "unknownLine" }

/** The first thing wrong with this request for these lines, or null. Kind is checked by the caller (the form holds it as nullable). */
export function requestProblem(available: RequestableLine[], input: Omit<RequestInput, "kind" | "order_id">, photoCount: number): RequestProblem | null {
  if (input.lines.length === 0) return { code: "linesRequired" }
  const max = new Map(available.map((l) => [l.line_item_id, l.available]))
  for (const line of input.lines) {
    const cap = max.get(line.line_item_id)
    if (cap === undefined) return { code: "unknownLine" }
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > cap) return { code: "quantity", line_item_id: line.line_item_id, max: cap }
  }
  if (!input.reason.trim()) return { code: "reasonRequired" }
  if (photoCount > MAX_CASE_PHOTOS) return { code: "tooManyPhotos" }
  for (const line of input.lines) {
    for (const p of line.photos ?? []) if (!Number.isInteger(p) || p < 0 || p >= photoCount) return { code: "tooManyPhotos" }
  }
  return null
}

/** Reads the form's `payload` field (JSON) into a clean request, or null when it is not that shape. */
export function parsePayload(raw: unknown): RequestInput | null {
  if (typeof raw !== "string") return null
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return null
  }
  if (!value || typeof value !== "object") return null
  const { order_id, kind, reason, lines } = value as Record<string, unknown>
  if (typeof order_id !== "string" || !order_id || !isRequestKind(kind) || typeof reason !== "string" || !Array.isArray(lines)) return null
  const clean: RequestLineInput[] = []
  for (const v of lines) {
    if (!v || typeof v !== "object") return null
    const { line_item_id, quantity, note, photos } = v as Record<string, unknown>
    if (typeof line_item_id !== "string" || typeof quantity !== "number") return null
    const line: RequestLineInput = { line_item_id, quantity }
    if (typeof note === "string" && note.trim()) line.note = note.trim().slice(0, LINE_NOTE_MAX)
    if (Array.isArray(photos) && photos.length) line.photos = photos.filter((p): p is number => typeof p === "number")
    clean.push(line)
  }
  return { order_id, kind, reason: reason.trim().slice(0, REASON_MAX), lines: clean }
}
