import multer from "multer"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { wholesaleMessage } from "../../modules/wholesale/messages"
import { requestLocale } from "../utils/locale"

export const ORDER_FILE_MAX_BYTES = 2 * 1024 * 1024

const upload = multer({
  storage: multer.memoryStorage(),
  defParamCharset: "utf8",
  limits: { fileSize: ORDER_FILE_MAX_BYTES, files: 1, fields: 10, fieldSize: 256 * 1024 },
}).single("file")

/** Reads an optional `file` (quick-order CSV/XLSX) of a multipart request; JSON requests pass through. */
export function fileUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!String(req.headers["content-type"] ?? "").startsWith("multipart/")) return next()
  upload(req as any, res as any, (err: any) => {
    if (!err) return next()
    res.status(400).json({ type: "invalid_data", code: "file_type", field: "file", message: wholesaleMessage("file_type", requestLocale(req)) })
  })
}
