import { dueNotice, dueNoticeText, shanghaiDay } from "../due-notices"
import type { OpenItem } from "../balances"

const item = (open: number, due: string | null): OpenItem => ({ order_id: "o", charged: open, open, due_at: due, overdue: false, charged_at: null })
const now = new Date("2026-03-10T02:00:00Z")

describe("due notices", () => {
  it("prefers overdue items over items due soon and sums only the chosen kind", () => {
    const n = dueNotice([item(100, "2026-03-01T00:00:00Z"), item(50.5, "2026-03-05T00:00:00Z"), item(30, "2026-03-11T00:00:00Z")], now)
    expect(n).toMatchObject({ kind: "overdue", amount: 150.5, earliest_due_at: "2026-03-01T00:00:00Z" })
    expect(n!.items).toHaveLength(2)
  })

  it("reminds of items due within three days and ignores later, settled or undated ones", () => {
    const n = dueNotice([item(30, "2026-03-12T00:00:00Z"), item(99, "2026-03-20T00:00:00Z"), item(0, "2026-03-01T00:00:00Z"), item(5, null)], now)
    expect(n).toMatchObject({ kind: "due_soon", amount: 30 })
    expect(dueNotice([item(99, "2026-03-20T00:00:00Z")], now)).toBeNull()
  })

  it("counts days in China time and says amount and date in Chinese", () => {
    expect(shanghaiDay(new Date("2026-03-10T17:00:00Z"))).toBe("2026-03-11")
    const text = dueNoticeText("上海禾丰", dueNotice([item(1234.5, "2026-03-01T00:00:00Z")], now)!)
    expect(text.subject).toBe("账期欠款已逾期 ¥1,234.50")
    expect(text.text).toContain("2026-03-01")
  })
})
