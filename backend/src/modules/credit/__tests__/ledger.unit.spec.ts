import { balances, effect, heldFor, openItems } from "../balances"
import { monthStatement } from "../statement"
import { hasAtMostTwoDecimals } from "../money"

const at = (iso: string) => new Date(iso)

describe("ledger arithmetic", () => {
  it("moves exactly one balance per entry type, in the right direction", () => {
    const table: [string, number, { outstanding: number; held: number; prepaid: number }][] = [
      ["hold", 10, { outstanding: 0, held: 10, prepaid: 0 }],
      ["release", 10, { outstanding: 0, held: -10, prepaid: 0 }],
      ["charge", 10, { outstanding: 10, held: 0, prepaid: 0 }],
      ["repayment", 10, { outstanding: -10, held: 0, prepaid: 0 }],
      ["refund", 10, { outstanding: -10, held: 0, prepaid: 0 }],
      ["adjustment", -10, { outstanding: -10, held: 0, prepaid: 0 }],
      ["limit_change", 5000, { outstanding: 0, held: 0, prepaid: 0 }],
      ["topup", 10, { outstanding: 0, held: 0, prepaid: 10 }],
      ["prepaid_spend", 10, { outstanding: 0, held: 0, prepaid: -10 }],
      ["prepaid_refund", 10, { outstanding: 0, held: 0, prepaid: 10 }],
    ]
    for (const [type, amount, expected] of table) {
      const d = effect({ type: type as any, amount })
      expect([type, { outstanding: d.outstanding.toNumber(), held: d.held.toNumber(), prepaid: d.prepaid.toNumber() }]).toEqual([type, expected])
    }
  })

  it("derives available = limit − outstanding − held, in exact decimals", () => {
    const entries = [
      { type: "hold", amount: "0.1", order_id: "o1" },
      { type: "hold", amount: "0.2", order_id: "o2" },
      { type: "release", amount: "0.1", order_id: "o1" },
      { type: "charge", amount: "0.1", order_id: "o1" },
      { type: "topup", amount: "100.10" },
      { type: "prepaid_spend", amount: "33.33" },
    ] as any
    expect(balances(1, entries)).toEqual({ credit_limit: 1, outstanding: 0.1, held: 0.2, available: 0.7, prepaid: 66.77 })
    expect(heldFor(entries, "o1")).toBe(0)
    expect(heldFor(entries, "o2")).toBe(0.2)
  })

  it("settles the oldest charges first and marks what is past due", () => {
    const now = at("2026-12-20T00:00:00Z")
    const entries = [
      { type: "charge", amount: 100, order_id: "a", due_at: at("2026-12-01T00:00:00Z"), created_at: at("2026-11-01T00:00:00Z") },
      { type: "charge", amount: 50, order_id: "b", due_at: at("2026-12-31T00:00:00Z"), created_at: at("2026-11-02T00:00:00Z") },
      { type: "repayment", amount: 120, created_at: at("2026-11-20T00:00:00Z") },
    ] as any
    expect(openItems(entries, now)).toEqual([
      { order_id: "b", charged: 50, open: 30, due_at: "2026-12-31T00:00:00.000Z", overdue: false, charged_at: "2026-11-02T00:00:00.000Z" },
    ])
    expect(openItems(entries.slice(0, 2), now).map((i: any) => [i.order_id, i.overdue])).toEqual([
      ["a", true],
      ["b", false],
    ])
  })
})

describe("monthly statement", () => {
  const entries = [
    { id: "1", type: "charge", amount: 100, created_at: at("2026-10-31T15:59:00Z") }, // 2026-10-31 23:59 Shanghai
    { id: "2", type: "charge", amount: 50, created_at: at("2026-10-31T16:01:00Z") }, // 2026-11-01 00:01 Shanghai
    { id: "3", type: "topup", amount: 20, created_at: at("2026-11-15T00:00:00Z") },
    { id: "4", type: "repayment", amount: 30, created_at: at("2026-11-30T16:30:00Z") }, // 2026-12-01 Shanghai
  ] as any
  it("cuts months at midnight in Shanghai and carries running balances", () => {
    const s = monthStatement(entries, "2026-11")
    expect(s.opening).toEqual({ outstanding: 100, prepaid: 0 })
    expect(s.lines.map((l: any) => [l.id, l.outstanding_after, l.prepaid_after])).toEqual([
      ["2", 150, 0],
      ["3", 150, 20],
    ])
    expect(s.closing).toEqual({ outstanding: 150, prepaid: 20 })
    expect(monthStatement(entries, "2026-09")).toEqual({ month: "2026-09", opening: { outstanding: 0, prepaid: 0 }, closing: { outstanding: 0, prepaid: 0 }, lines: [] })
  })
})

describe("typed money amounts", () => {
  it("accepts up to two decimals by their text, whatever floats do with them", () => {
    expect([1.13, 0.29, 1005.15, 5000, -10.5].map(hasAtMostTwoDecimals)).toEqual([true, true, true, true, true])
    expect([1.131, 0.001, NaN, Infinity].map(hasAtMostTwoDecimals)).toEqual([false, false, false, false])
  })
})
