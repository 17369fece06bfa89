/** A column: its header, width in points and alignment. */
export type Column = { header: string; width: number; align?: "left" | "right" }
/** A cell: its text, an optional colour, and optional smaller grey lines under it. */
export type Cell = string | { text: string; color?: string; sub?: string[] }
/** A row; `strong` rows (opening and closing balances, totals) are bold on a tinted band. */
export type Row = { cells: Cell[]; strong?: boolean }

export type TableStyle = {
  font: string
  boldFont: string
  size: number
  /** Called after a page break, before the repeated header, to draw a running title. */
  onNewPage?: () => void
}

const PAD_X = 4
const PAD_Y = 4
const INK = "#111827"
const MUTED = "#6b7280"
const RULE = "#e5e7eb"
const BAND = "#f3f4f6"

const cellOf = (c: Cell) => (typeof c === "string" ? { text: c } : c)

/**
 * Draws a table from the cursor down, breaking pages between rows (never
 * inside one) and repeating the header on every page, so each printed page
 * reads on its own. Leaves the cursor under the table.
 */
export function drawTable(doc: PDFKit.PDFDocument, columns: Column[], rows: Row[], style: TableStyle) {
  const left = doc.page.margins.left
  const subSize = style.size - 1.5
  const bottom = () => doc.page.height - doc.page.margins.bottom

  const rowHeight = (cells: Cell[], bold: boolean) =>
    Math.max(
      ...cells.map((raw, i) => {
        const c = cellOf(raw)
        const width = columns[i].width - 2 * PAD_X
        let h = doc.font(bold ? style.boldFont : style.font).fontSize(style.size).heightOfString(c.text || " ", { width })
        for (const line of c.sub ?? []) h += doc.font(style.font).fontSize(subSize).heightOfString(line, { width })
        return h
      })
    ) + 2 * PAD_Y

  const drawRow = (cells: Cell[], opts: { bold: boolean; fill?: string; color?: string }) => {
    const y = doc.y
    const h = rowHeight(cells, opts.bold)
    const width = columns.reduce((s, c) => s + c.width, 0)
    if (opts.fill) doc.save().rect(left, y, width, h).fill(opts.fill).restore()
    let x = left
    cells.forEach((raw, i) => {
      const c = cellOf(raw)
      const col = columns[i]
      const w = col.width - 2 * PAD_X
      doc.font(opts.bold ? style.boldFont : style.font).fontSize(style.size).fillColor(c.color ?? opts.color ?? INK)
      doc.text(c.text || " ", x + PAD_X, y + PAD_Y, { width: w, align: col.align ?? "left" })
      for (const line of c.sub ?? []) doc.font(style.font).fontSize(subSize).fillColor(MUTED).text(line, { width: w, align: col.align ?? "left" })
      x += col.width
    })
    doc.moveTo(left, y + h).lineTo(left + width, y + h).lineWidth(0.5).strokeColor(RULE).stroke()
    doc.fillColor(INK)
    doc.x = left
    doc.y = y + h
  }

  const header = columns.map((c) => c.header)
  const drawHeader = () => drawRow(header, { bold: true, fill: BAND, color: "#374151" })
  const newPage = () => {
    doc.addPage()
    style.onNewPage?.()
    drawHeader()
  }

  // A header alone at the foot of a page says nothing: start on a fresh page when the first row would not fit under it.
  if (doc.y + rowHeight(header, true) + (rows[0] ? rowHeight(rows[0].cells, !!rows[0].strong) : 0) > bottom()) {
    doc.addPage()
    style.onNewPage?.()
  }
  drawHeader()
  for (const row of rows) {
    if (doc.y + rowHeight(row.cells, !!row.strong) > bottom()) newPage()
    drawRow(row.cells, { bold: !!row.strong, fill: row.strong ? BAND : undefined })
  }
}
