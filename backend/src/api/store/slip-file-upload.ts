import multer from "multer"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CREDIT_MESSAGES } from "../../modules/credit/messages"
import { requestLocale } from "../utils/locale"
import { LICENSE_MAX_BYTES } from "../utils/license-file"

const upload = multer({
  storage: multer.memoryStorage(),
  defParamCharset: "utf8",
  limits: { fileSize: LICENSE_MAX_BYTES, files: 1, fields: 10, fieldSize: 4096 },
}).single("file")

/** Reads the remittance slip `file` of a multipart request into memory; too large or extra files are a 400. */
export function slipUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload(req as any, res as any, (err: any) => {
    if (!err) return next()
    const m = CREDIT_MESSAGES.slip_file_missing
    res.status(400).json({ type: "invalid_data", code: "slip_file_missing", field: "file", message: requestLocale(req) === "en" ? m.en : m.zh })
  })
}
