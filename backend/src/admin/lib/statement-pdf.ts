import { apiLanguageHeaders } from "./locale"
import { backendUrl } from "./sdk"
import { ApiError } from "./wholesale"

/** The last `count` Beijing calendar months, newest first ("2026-11", "2026-10", …): statements are cut in Beijing time. */
export function recentBeijingMonths(count = 12, now = Date.now()): string[] {
  const here = new Date(now + 8 * 3600_000)
  return Array.from({ length: count }, (_, i) => new Date(Date.UTC(here.getUTCFullYear(), here.getUTCMonth() - i, 1)).toISOString().slice(0, 7))
}

/**
 * Downloads a dealer's statement PDF with the staff session and hands it to the browser as a file.
 * A plain link cannot show the API's refusal (e.g. no Chinese font on the server), so this fetches.
 */
export async function downloadStatementPdf(dealerId: string, month: string): Promise<void> {
  const res = await fetch(backendUrl(`/admin/credit-accounts/${dealerId}/statement/pdf?month=${month}`), {
    credentials: "include",
    headers: apiLanguageHeaders(),
  })
  if (!res.ok) {
    const data = (await res.json().catch(() => ({}))) as { message?: string }
    throw new ApiError(data.message || res.statusText, res.status, data)
  }
  const url = URL.createObjectURL(await res.blob())
  const a = document.createElement("a")
  a.href = url
  a.download = `statement-${month}.pdf`
  document.body.appendChild(a)
  a.click()
  a.remove()
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
