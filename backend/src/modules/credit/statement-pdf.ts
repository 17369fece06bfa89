import { MathBN } from "@medusajs/framework/utils"
import type { CjkFont } from "../../lib/pdf/cjk-font"
import { a4Document, BOLD, FONT, stampFooters, toBuffer } from "../../lib/pdf/document"
import { beijingDate, beijingMinute, signedYuan, yuan } from "../../lib/pdf/format"
import { drawTable, type Column, type Row } from "../../lib/pdf/table"
import { effect, type OpenItem } from "./balances"
import { ENTRY_LABELS } from "./statement"

type Line = {
  type: string
  amount: number | null
  order_id: string | null
  reference: string | null
  note: string | null
  due_at: Date | string | null
  created_at: Date | string
  outstanding_after: number
  prepaid_after: number
}

/** What the PDF shows: the statement as GET /store/credit/statement answers it, plus what only paper needs. */
export type StatementPdfInput = {
  brand: string
  company_name: string
  month: string
  account: { credit_limit: number | null; payment_terms_days: number; status: string }
  opening: { outstanding: number; prepaid: number }
  closing: { outstanding: number; prepaid: number }
  lines: Line[]
  open_items: OpenItem[]
  overdue_amount: number
  /** Order numbers (display ids) by order id: dealers know orders by number, the ledger by id. */
  order_numbers: Map<string, number>
  generated_at: Date
}

const RED = "#b91c1c"
const GREEN = "#15803d"
const MUTED = "#6b7280"
const DAY = 86_400_000

/** The entry as it moves its balance (a repayment lowers what is owed); null for a limit change, whose amount is the new limit. */
function signed(l: Line): number | null {
  if (l.type === "limit_change") return null
  const d = effect({ type: l.type as any, amount: l.amount ?? 0 })
  return MathBN.add(MathBN.add(d.outstanding, d.held), d.prepaid).toNumber()
}

// Red adds to what the dealer owes, green is money in; the same tones as the admin ledger and the storefront.
function tone(l: Line): string | undefined {
  if (l.type === "charge" || (l.type === "adjustment" && (l.amount ?? 0) > 0)) return RED
  if (["repayment", "refund", "topup", "prepaid_refund", "adjustment"].includes(l.type)) return GREEN
  if (l.type === "hold" || l.type === "release") return MUTED
  return undefined
}

const orderLabel = (id: string | null, numbers: Map<string, number>) => (!id ? "" : numbers.has(id) ? `#${numbers.get(id)}` : id)

/** Whole Beijing calendar days from `from` to `to` (a due date today is 0). */
const calendarDays = (from: Date | string, to: Date | string) => Math.round((Date.parse(beijingDate(to)) - Date.parse(beijingDate(from))) / DAY)

function dueState(item: OpenItem, now: Date): { text: string; color?: string } {
  if (!item.due_at) return { text: "无到期日" }
  const late = calendarDays(item.due_at, now)
  if (item.overdue) return { text: late > 0 ? `已逾期 ${late} 天` : "今天到期，已逾期", color: RED }
  return late === 0 ? { text: "今天到期" } : { text: `${-late} 天后到期` }
}

/** The monthly statement (对账单) as an A4 PDF in Chinese. */
export async function statementPdf(s: StatementPdfInput, font: CjkFont): Promise<Buffer> {
  const [year, month] = s.month.split("-").map(Number)
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const doc = a4Document(font, { title: `${s.company_name} 对账单 ${s.month}`, author: s.brand })
  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right
  const generated = `${beijingMinute(s.generated_at)}（北京时间）`

  // Page one: who, which month, on what terms, and the four balances at a glance.
  doc.font(FONT).fontSize(9).fillColor(MUTED).text(s.brand, left, doc.page.margins.top)
  doc.moveDown(0.3)
  const titleY = doc.y
  doc.font(BOLD).fontSize(20).fillColor("#111827").text("对账单", left, titleY)
  doc.font(BOLD).fontSize(13).text(`${year} 年 ${month} 月`, left, titleY + 6, { width, align: "right" })
  doc.x = left
  doc.y = titleY + 34
  const terms = (s.account.credit_limit ?? 0) > 0 ? `${yuan(s.account.credit_limit ?? 0)}，账期 ${s.account.payment_terms_days} 天` : "未开通账期"
  const facts: [string, string][] = [
    ["经销商", s.company_name],
    ["对账月份", `${s.month}（${s.month}-01 至 ${s.month}-${String(lastDay).padStart(2, "0")}，北京时间）`],
    ["信用额度", terms + (s.account.status === "frozen" ? "（账户已冻结）" : "")],
  ]
  for (const [k, v] of facts) {
    const y = doc.y
    doc.font(FONT).fontSize(9.5).fillColor(MUTED).text(k, left, y, { width: 64 })
    doc.fillColor("#111827").text(v, left + 64, y, { width: width - 64 })
    doc.moveDown(0.25)
  }
  doc.moveDown(0.6)
  const boxes: [string, number][] = [
    ["期初欠款", s.opening.outstanding],
    ["期初预存款", s.opening.prepaid],
    ["期末欠款", s.closing.outstanding],
    ["期末预存款", s.closing.prepaid],
  ]
  const boxY = doc.y
  const boxW = (width - 3 * 8) / 4
  boxes.forEach(([label, value], i) => {
    const x = left + i * (boxW + 8)
    doc.roundedRect(x, boxY, boxW, 46, 4).lineWidth(0.75).strokeColor("#d1d5db").stroke()
    doc.font(FONT).fontSize(8.5).fillColor(MUTED).text(label, x + 8, boxY + 7, { width: boxW - 16 })
    doc.font(BOLD).fontSize(12.5).fillColor(label.includes("欠款") && value > 0 ? RED : "#111827").text(yuan(value), x + 8, boxY + 22, { width: boxW - 16 })
  })
  doc.x = left
  doc.y = boxY + 62

  // Continuation pages say whose statement they belong to.
  const runningTitle = () => {
    doc.font(FONT).fontSize(8.5).fillColor(MUTED).text(`${s.company_name} · 对账单 ${s.month}（续）`, left, doc.page.margins.top - 20, { width, lineBreak: false })
    doc.x = left
    doc.y = doc.page.margins.top
  }
  const table = { font: FONT, boldFont: BOLD, size: 8.5, onNewPage: runningTitle }
  const heading = (text: string) => {
    if (doc.y + 60 > doc.page.height - doc.page.margins.bottom) {
      doc.addPage()
      runningTitle()
    }
    doc.font(BOLD).fontSize(11.5).fillColor("#111827").text(text, left, doc.y)
    doc.moveDown(0.35)
  }

  heading(`本月明细（${s.lines.length} 笔）`)
  const columns: Column[] = [
    { header: "时间", width: 86 },
    { header: "类型", width: 56 },
    { header: "订单 / 参考号", width: 137 },
    { header: "金额", width: 80, align: "right" },
    { header: "欠款余额", width: 78, align: "right" },
    { header: "预存款余额", width: 78, align: "right" },
  ]
  const rows: Row[] = [
    { strong: true, cells: ["", "期初余额", "", "", yuan(s.opening.outstanding), yuan(s.opening.prepaid)] },
    ...s.lines.map((l): Row => {
      const amount = signed(l)
      // Order number first, then reference, due date and note: whichever come first leads the cell, the rest go grey under it.
      const [lead = "", ...sub] = [orderLabel(l.order_id, s.order_numbers), l.reference, l.type === "charge" && l.due_at ? `到期 ${beijingDate(l.due_at)}` : null, l.note].filter((x): x is string => !!x)
      return {
        cells: [
          beijingMinute(l.created_at),
          ENTRY_LABELS[l.type] ?? l.type,
          { text: lead, sub },
          { text: amount === null ? `新额度 ${yuan(l.amount ?? 0)}` : signedYuan(amount), color: tone(l) },
          yuan(l.outstanding_after),
          yuan(l.prepaid_after),
        ],
      }
    }),
    { strong: true, cells: ["", "期末余额", "", "", yuan(s.closing.outstanding), yuan(s.closing.prepaid)] },
  ]
  drawTable(doc, columns, rows, table)
  if (!s.lines.length) doc.font(FONT).fontSize(9).fillColor(MUTED).text("本月没有账目变动。", left, doc.y + 6)
  doc.moveDown(1.2)

  // Open items are as of now, not as of the month's end: that is what the dealer has to pay.
  heading(`未结账款（截至 ${beijingMinute(s.generated_at)}，北京时间）`)
  if (!s.open_items.length) {
    doc.font(FONT).fontSize(9).fillColor(MUTED).text("没有未结账款。", left, doc.y)
  } else {
    const open = s.open_items.reduce((sum, i) => MathBN.add(sum, i.open), MathBN.convert(0)).toNumber()
    drawTable(
      doc,
      [
        { header: "订单", width: 95 },
        { header: "消费日期", width: 80 },
        { header: "到期日", width: 80 },
        { header: "消费金额", width: 85, align: "right" },
        { header: "未还金额", width: 85, align: "right" },
        { header: "状态", width: 90, align: "right" },
      ],
      [
        ...s.open_items.map((i): Row => {
          const state = dueState(i, s.generated_at)
          return {
            cells: [
              orderLabel(i.order_id, s.order_numbers) || "欠款调整",
              i.charged_at ? beijingDate(i.charged_at) : "",
              i.due_at ? beijingDate(i.due_at) : "",
              yuan(i.charged),
              yuan(i.open),
              { text: state.text, color: state.color },
            ],
          }
        }),
        { strong: true, cells: ["合计", "", "", "", yuan(open), s.overdue_amount > 0 ? { text: `逾期 ${yuan(s.overdue_amount)}`, color: RED } : ""] },
      ],
      table
    )
  }
  doc.moveDown(1)
  doc.font(FONT).fontSize(8).fillColor(MUTED).text("金额单位：人民币元；时间均为北京时间。还款按先到期先还冲抵。如对账目有疑问，请联系平台财务。", left, doc.y, { width })

  stampFooters(doc, (page, total) => {
    const y = doc.page.height - 40
    doc.moveTo(left, y - 6).lineTo(left + width, y - 6).lineWidth(0.5).strokeColor("#e5e7eb").stroke()
    doc.font(FONT).fontSize(8).fillColor(MUTED)
    doc.text(`${s.brand} · ${s.company_name} · ${s.month} 对账单 · 生成时间 ${generated}`, left, y, { width: width - 80, lineBreak: false, ellipsis: true })
    doc.text(`第 ${page} / ${total} 页`, left + width - 80, y, { width: 80, align: "right", lineBreak: false })
  })
  return toBuffer(doc)
}
