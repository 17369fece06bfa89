import { execFileSync } from "child_process"
import { mkdtempSync, rmSync, writeFileSync } from "fs"
import { tmpdir } from "os"
import { join } from "path"
import { findCjkFont } from "../../../lib/pdf/cjk-font"
import { openItems } from "../balances"
import { monthStatement } from "../statement"
import { statementPdf, type StatementPdfInput } from "../statement-pdf"

// Reads the PDF back the way a person would see it: poppler's pdftotext, one page at a time.
function pageTexts(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), "statement-pdf-"))
  try {
    const file = join(dir, "s.pdf")
    writeFileSync(file, pdf)
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1])
    return Array.from({ length: pages }, (_, i) => execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), "-layout", file, "-"], { encoding: "utf8" }))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** May 2026 with `n` on-account charges (each with a repayment every fifth line), as the route would pass it. */
function input(n: number): StatementPdfInput {
  const entries: any[] = []
  for (let i = 0; i < n; i++) {
    const at = new Date(Date.UTC(2026, 4, 1 + (i % 28), 2, i % 60))
    entries.push(i % 5 === 4
      ? { id: `e${i}`, type: "repayment", amount: 50, reference: `招行流水 ${1000 + i}`, created_at: at }
      : { id: `e${i}`, type: "charge", amount: 100 + i, order_id: `order_${i}`, due_at: new Date(+at + 30 * 86_400_000), created_at: at })
  }
  entries.sort((a, b) => +a.created_at - +b.created_at)
  const s = monthStatement(entries, "2026-05")
  const now = new Date(Date.UTC(2026, 5, 20, 4))
  return {
    brand: "DealerMall 经销商订货商城",
    company_name: "杭州测试五金有限公司",
    month: "2026-05",
    account: { credit_limit: 100000, payment_terms_days: 30, status: "active" },
    opening: s.opening,
    closing: s.closing,
    lines: s.lines.map((l: any) => ({ ...l, reference: l.reference ?? null, note: null, order_id: l.order_id ?? null, due_at: l.due_at ?? null, created_at: l.created_at! })),
    open_items: openItems(entries, now),
    overdue_amount: 0,
    order_numbers: new Map(entries.filter((e) => e.order_id).map((e, i) => [e.order_id, 1001 + i])),
    generated_at: now,
  }
}

describe("statement PDF layout", () => {
  const font = findCjkFont()

  it("finds a Chinese font on this machine (CI installs fonts-noto-cjk)", () => {
    expect(font).not.toBeNull()
  })

  it("breaks 200 movements over several pages, repeating the table header and numbering every page", async () => {
    const pages = pageTexts(await statementPdf(input(200), font!))
    expect(pages.length).toBeGreaterThanOrEqual(5)
    pages.forEach((text, i) => expect(text).toMatch(new RegExp(`第\\s*${i + 1}\\s*/\\s*${pages.length}\\s*页`)))
    // Every page that carries movements starts them under the header.
    const withLines = pages.filter((t) => /2026-05-\d\d \d\d:\d\d/.test(t))
    expect(withLines.length).toBeGreaterThanOrEqual(4)
    for (const text of withLines) expect(text).toMatch(/时间\s+类型\s+订单 \/ 参考号\s+金额\s+欠款余额\s+预存款余额/)
    expect(pages[0]).toContain("杭州测试五金有限公司")
    expect(pages.slice(1).every((t) => t.includes("杭州测试五金有限公司 · 对账单 2026-05（续）"))).toBe(true)
    const all = pages.join("\n")
    expect(all).toContain("本月明细（200 笔）")
    expect(all).toContain("#1001")
    expect(all).toContain("#1160")
    expect(all).toContain("期末余额")
  })

  it("shows an empty month with its balances and no movements", async () => {
    const [only, ...rest] = pageTexts(await statementPdf({ ...input(0), opening: { outstanding: 12.5, prepaid: 0 }, closing: { outstanding: 12.5, prepaid: 0 } }, font!))
    expect(rest).toEqual([])
    expect(only).toContain("本月没有账目变动。")
    expect(only).toContain("没有未结账款。")
    expect(only).toContain("¥12.50")
  })

  it("reports no font rather than guessing when PDF_CJK_FONT points nowhere", () => {
    expect(findCjkFont("/nonexistent/font.ttc#NotoSansCJKsc-Regular")).toBeNull()
    expect(findCjkFont(`${font!.regular.path}#NoSuchFace`)).toBeNull()
  })
})
