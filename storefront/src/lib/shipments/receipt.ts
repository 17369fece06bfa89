import { isIssue, type Issue, type ShipmentItem } from "./types"

// The receipt form's rules, shared by the form (to say so before sending) and
// the server action (a request can skip the form). The backend checks them again.

export const MAX_PHOTOS = 9
export const NOTE_MAX = 500

/** One line as the dealer sends it; `photos` are indexes into the request's uploaded files. */
export type ReceiptLineInput = {
  line_item_id: string
  received: number
  issue?: Issue
  note?: string
  photos?: number[]
}

export type ReceiptProblem =
  | { code: "quantity"; line_item_id: string; max: number }
  | { code: "issueRequired"; line_item_id: string }
  | { code: "tooManyPhotos" }
  | { code: "unknownLine" }

/** The first thing wrong with these lines for this package, or null. */
export function receiptProblem(items: ShipmentItem[], lines: ReceiptLineInput[], photoCount: number): ReceiptProblem | null {
  if (photoCount > MAX_PHOTOS) return { code: "tooManyPhotos" }
  const shipped = new Map(items.map((i) => [i.line_item_id, i.quantity]))
  for (const line of lines) {
    const max = shipped.get(line.line_item_id)
    if (max === undefined) return { code: "unknownLine" }
    if (!Number.isInteger(line.received) || line.received < 0 || line.received > max) {
      return { code: "quantity", line_item_id: line.line_item_id, max }
    }
    if (line.received < max && !line.issue) return { code: "issueRequired", line_item_id: line.line_item_id }
    for (const p of line.photos ?? []) if (!Number.isInteger(p) || p < 0 || p >= photoCount) return { code: "tooManyPhotos" }
  }
  return null
}

/** Reads the form's `lines` field (JSON) into clean lines, or null when it is not that shape. */
export function parseLines(raw: unknown): ReceiptLineInput[] | null {
  if (typeof raw !== "string") return null
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return null
  }
  if (!Array.isArray(value)) return null
  const lines: ReceiptLineInput[] = []
  for (const v of value) {
    if (!v || typeof v !== "object") return null
    const { line_item_id, received, issue, note, photos } = v as Record<string, unknown>
    if (typeof line_item_id !== "string" || typeof received !== "number") return null
    const line: ReceiptLineInput = { line_item_id, received }
    if (issue !== undefined && issue !== null) {
      if (!isIssue(issue)) return null
      line.issue = issue
    }
    if (typeof note === "string" && note.trim()) line.note = note.trim().slice(0, NOTE_MAX)
    if (Array.isArray(photos) && photos.length) line.photos = photos.filter((p): p is number => typeof p === "number")
    lines.push(line)
  }
  return lines
}
