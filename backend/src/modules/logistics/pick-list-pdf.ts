import type { CjkFont } from "../../lib/pdf/cjk-font"
import { a4Document, BOLD, FONT, stampFooters, toBuffer } from "../../lib/pdf/document"
import { beijingMinute } from "../../lib/pdf/format"
import { drawTable, type Column } from "../../lib/pdf/table"

export type PickListData = {
  brand: string
  order: { display_id: number; created_at: string | Date; dealer: { company_name: string } | null; shipping_address: any; note: string | null; po_number: string | null }
  locations: { location: { name: string | null }; lines: { sku: string | null; title: string; variant_title: string | null; remaining: number }[] }[]
  printed_at: Date
}

const COLUMNS: Column[] = [
  { header: "✓", width: 28 },
  { header: "SKU", width: 110 },
  { header: "商品", width: 280 },
  { header: "数量", width: 50, align: "right" },
  { header: "实拣", width: 47, align: "right" },
]

/** The pick list as an A4 page a picker carries: one table per stock location, boxes to tick and a column to write what was taken. */
export async function pickListPdf(data: PickListData, font: CjkFont): Promise<Buffer> {
  const title = `拣货单 #${data.order.display_id}`
  const doc = a4Document(font, { title, author: data.brand })
  doc.font(BOLD).fontSize(18).text(title)
  const a = data.order.shipping_address ?? {}
  const address = [a.province, a.city, a.address_1].filter(Boolean).join(" ")
  const contact = [[a.last_name, a.first_name].filter(Boolean).join(""), a.phone].filter(Boolean).join(" ")
  doc.moveDown(0.3).font(FONT).fontSize(10)
  doc.text(`经销商：${data.order.dealer?.company_name ?? "-"}    下单：${beijingMinute(data.order.created_at)}${data.order.po_number ? `    采购单号：${data.order.po_number}` : ""}`)
  doc.text(`收货：${contact || "-"}  ${address || ""}`)
  if (data.order.note) doc.text(`备注：${data.order.note}`)
  for (const group of data.locations) {
    doc.moveDown(0.8).font(BOLD).fontSize(12).text(`库位：${group.location.name ?? "未分配"}`)
    doc.moveDown(0.3)
    drawTable(
      doc,
      COLUMNS,
      group.lines.map((l) => ({ cells: ["☐", l.sku ?? "-", [l.title, l.variant_title].filter(Boolean).join(" "), String(l.remaining), ""] })),
      { font: FONT, boldFont: BOLD, size: 10 }
    )
  }
  doc.moveDown(1.5).font(FONT).fontSize(10).text("拣货人：__________    复核人：__________    打包时间：__________")
  stampFooters(doc, (page, total) => {
    doc.font(FONT).fontSize(8).fillColor("#6b7280")
    doc.text(`${data.brand} · ${title} · 打印于 ${beijingMinute(data.printed_at)} · 第 ${page} / ${total} 页`, doc.page.margins.left, doc.page.height - 40, { width: doc.page.width - doc.page.margins.left - doc.page.margins.right, align: "center" })
  })
  return toBuffer(doc)
}
