import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "zod"
import { parseInput } from "../../utils/parse-input"
import { requestLocale } from "../../utils/locale"
import { parseCsv } from "../../../modules/wholesale/csv"
import { MAX_ORDER_LINES, parseOrderRows, parseOrderText } from "../../../modules/wholesale/order-lines"
import { wholesaleMessage } from "../../../modules/wholesale/messages"
import { wholesaleError } from "../../../modules/wholesale/wholesale-error"
import { fillCart } from "../../../workflows/wholesale/lib/fill-cart"
import { callerDealer, salesChannelOf } from "../caller"

const Body = z.object({
  cart_id: z.string().min(1).optional(),
  text: z.string().max(200_000).optional(),
  lines: z.array(z.object({ sku: z.string().trim().min(1), quantity: z.number() })).max(MAX_ORDER_LINES).optional(),
  dry_run: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]).optional(),
})

// read-excel-file ships ESM types and a CommonJS build; the backend compiles to CommonJS.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readSheet } = require("read-excel-file/node") as { readSheet: (input: Buffer) => Promise<unknown[][]> }

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04])

/** The uploaded file's rows: XLSX recognised by its content (a zip), anything else read as CSV text. */
async function fileRows(file: { buffer: Buffer }) {
  if (file.buffer.subarray(0, 4).equals(ZIP)) {
    try {
      return (await readSheet(file.buffer)) as unknown[][]
    } catch {
      throw wholesaleError("file_type", { field: "file" })
    }
  }
  const text = file.buffer.toString("utf8")
  if (text.includes("\u0000")) throw wholesaleError("file_type", { field: "file" })
  return parseCsv(text)
}

/**
 * POST /store/quick-order: pasted lines, a CSV/XLSX file or JSON lines. Every
 * line is checked and reported; the good ones go into the cart in one go.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseInput(Body, req.body)
  const { customerId } = await callerDealer(req)
  const locale = requestLocale(req)
  const file = (req as any).file as { buffer: Buffer } | undefined
  const parsed = file
    ? parseOrderRows(await fileRows(file))
    : body.text !== undefined
      ? parseOrderText(body.text)
      : parseOrderRows((body.lines ?? []).map((l) => [l.sku, l.quantity]))
  if (parsed.lines.length + parsed.problems.length > MAX_ORDER_LINES) {
    throw wholesaleError("too_many_lines", { max: MAX_ORDER_LINES })
  }
  if (!parsed.lines.length && !parsed.problems.length) throw wholesaleError("bad_line", { field: file ? "file" : "text" })
  const report = await fillCart(req.scope, {
    customerId,
    cartId: body.cart_id,
    salesChannelId: salesChannelOf(req),
    lines: parsed.lines,
    dryRun: body.dry_run,
    locale,
  })
  const unreadable = parsed.problems.map((p) => ({
    line: p.line,
    sku: p.sku || null,
    quantity: p.quantity,
    code: p.code,
    message: wholesaleMessage(p.code, locale, { sku: p.sku }),
  }))
  res.json({ ...report, rejected: [...unreadable, ...report.rejected].sort((a, b) => a.line - b.line) })
}
