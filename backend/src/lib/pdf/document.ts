import PDFDocument from "pdfkit"
import type { CjkFont } from "./cjk-font"

/** Font names registered on every document (pdfkit refers to fonts by name). */
export const FONT = "cjk"
export const BOLD = "cjk-bold"

/**
 * An A4 document with the Chinese fonts registered and pages kept in memory,
 * so page numbers ("第 1 / 3 页") can be written once the total is known.
 */
export function a4Document(font: CjkFont, info: { title: string; author: string }, margins = { top: 48, bottom: 64, left: 40, right: 40 }) {
  const doc = new PDFDocument({ size: "A4", margins, bufferPages: true, info: { Title: info.title, Author: info.author, Creator: info.author } })
  doc.registerFont(FONT, font.regular.path, font.regular.face as string)
  doc.registerFont(BOLD, font.bold.path, font.bold.face as string)
  doc.font(FONT)
  return doc
}

/**
 * Draws each page's footer below the bottom margin. pdfkit starts a new page
 * for text past the margin, so the margin is lifted while the footer is drawn.
 */
export function stampFooters(doc: PDFKit.PDFDocument, draw: (page: number, total: number) => void) {
  const { start, count } = doc.bufferedPageRange()
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i)
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    draw(i - start + 1, count)
    doc.page.margins.bottom = bottom
  }
}

/** Ends the document and resolves with its bytes. */
export function toBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    doc.on("data", (c: Buffer) => chunks.push(c))
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
    doc.end()
  })
}
